import { analyze } from '../src/analysis/index';
import { evalMain } from './eval-cli';

process.exitCode = evalMain(analyze, process.argv.slice(2));
