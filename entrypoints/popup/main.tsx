import { render } from 'preact';
import { t } from '../../src/i18n/t';
import { PopupApp } from '../../src/ui/popup/popup-app';
import '../../src/ui/theme.css';

document.title = t('popup_title');
render(<PopupApp />, document.getElementById('app')!);
