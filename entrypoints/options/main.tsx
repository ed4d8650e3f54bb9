import { render } from 'preact';
import { t } from '../../src/i18n/t';
import { OptionsApp } from '../../src/ui/options/options-app';
import '../../src/ui/theme.css';

document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
