import { render } from 'preact';
import { t } from '../../src/i18n/t';
import { WelcomePage } from '../../src/ship/welcome-page';
import '../../src/ui/theme.css';
import '../../src/ship/welcome.css';

document.title = t('welcome_title');
render(<WelcomePage />, document.getElementById('app')!);
