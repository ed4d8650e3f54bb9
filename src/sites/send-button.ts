/**
 * Recognises a send button the adapters' selectors do not know: by its accessible name (in the UI
 * languages the chat sites ship most), by the name of the icon it draws, or, for an unlabelled icon
 * button, by where it sits (the last button after the message box). Runs on clicks only.
 */

/** Words that start a send button's label, where words are separated by spaces or punctuation. */
const SEND_WORDS =
  'send|send message|send now|submit|enviar|envoyer|senden|absenden|invia|inviare|verzenden|versturen|' +
  'wyślij|gönder|skicka|sende|kirim|gửi|lähetä|odeslat|odoslať|küldés|trimite|pošalji|pošlji|' +
  'отправить|надіслати|изпрати|αποστολή';
/** Scripts without spaces between words: the label only has to start with the word. */
const SEND_WORDS_UNSPACED = '发送|傳送|送出|送信|보내기|إرسال|ارسال|שלח|ส่ง';
const SEND_LABEL = new RegExp(`^(?:(?:${SEND_WORDS})(?![\\p{L}\\p{N}])|${SEND_WORDS_UNSPACED})`, 'iu');
/** "Send a gift", "Send a Like", "Send voice message": buttons that send something other than the draft. */
const OTHER_SENDS =
  /^send\s+(?:an?\s+)?(?:gift|like|sticker|gif|voice|audio|file|photo|image|picture|video|money|payment|location|contact|invite|invitation|feedback|reaction)/i;
/** Icon names that mean "send" once split into words (send, paper-plane...). */
const ICON_WORDS = new Set(['send', 'submit', 'paperplane']);
const OTHER_ICON_WORDS = new Set(['gift', 'like', 'sticker', 'gif', 'voice', 'mic', 'microphone', 'audio']);
/** Icon word stems of the other buttons around a message box: an unlabelled button drawn so is not "send". */
const OTHER_ACTION_STEMS =
  /^(?:gift|like|sticker|gif|voice|mic|audio|emoji|emoticon|smil|attach|clip|paperclip|plus|add|more|menu|option|dot|kebab|ellipsis|overflow|record|camera|photo|image|gallery|thumb|close|cancel|delete|format|expand|schedule|search|mention)/;

export const BUTTONS = 'button,[role="button"],input[type="submit"]';
/** How far up from a click on a plain element (no button role) a send control may start. */
const PLAIN_REACH = 3;

/** A label with at least one letter or digit; a lone glyph ("➤") names nothing. */
const meaningful = (label: string): boolean => /[\p{L}\p{N}]/u.test(label);

function labelOf(el: HTMLElement): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const named =
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    (el instanceof HTMLInputElement ? el.value : '') ||
    el.getAttribute('data-tooltip') ||
    '';
  if (meaningful(named)) return named.trim();
  const text = (el.textContent ?? '').trim();
  return text.length <= 40 && meaningful(text) && !looksLikeLigature(el) ? text : named.trim();
}

/** Material icon fonts draw an icon from a word ("send") in an icon element: that word is not a label. */
function looksLikeLigature(el: HTMLElement): boolean {
  const icon = el.querySelector('mat-icon,.material-icons,.material-symbols-outlined,[class*="icon" i]');
  return icon !== null && (icon.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

/** Splits identifiers such as "btn-send", "SendButton", "wds-ic-send-filled" into lower-case words. */
function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** The words an element and its icon are named by in code (class, data-icon, test ids, <use href>). */
function iconWords(el: HTMLElement): Set<string> {
  const out = new Set<string>();
  const nodes = [el, ...el.querySelectorAll('*')].slice(0, 24);
  for (const node of nodes) {
    for (const name of [
      'class',
      'data-icon',
      'data-testid',
      'data-test-icon',
      'data-qa',
      'id',
      'href',
      'xlink:href',
    ]) {
      const value = node.getAttribute(name);
      if (value) for (const word of words(value)) out.add(word);
    }
    if (
      node.localName === 'title' ||
      node.localName === 'mat-icon' ||
      /icon/i.test(node.getAttribute('class') ?? '')
    ) {
      for (const word of words(node.textContent ?? '')) out.add(word);
    }
  }
  if (out.has('paper') && out.has('plane')) out.add('paperplane');
  return out;
}

/** A submit control of a form: what a form's send button is, whatever it reads. */
function isSubmit(el: HTMLElement): boolean {
  return (
    (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) &&
    el.type === 'submit' &&
    el.form !== null
  );
}

/** Whether `el` says it sends: by its role in a form, its label, or its icon's name. */
export function looksLikeSend(el: HTMLElement): boolean {
  if (isSubmit(el)) return true;
  const label = labelOf(el).replace(/[\u202a-\u202e\u200e\u200f]/g, '');
  if (meaningful(label)) return SEND_LABEL.test(label.replace(/[-_]/g, ' ')) && !OTHER_SENDS.test(label);
  const icon = iconWords(el);
  for (const word of OTHER_ICON_WORDS) if (icon.has(word)) return false;
  for (const word of ICON_WORDS) if (icon.has(word)) return true;
  return false;
}

/** No label, only a drawing (svg, img, glyph) whose code names no other action (emoji, attach...). */
export function isUnnamedIcon(el: HTMLElement): boolean {
  if (meaningful(labelOf(el)) || el.querySelector('svg,img,i,span') === null) return false;
  for (const word of iconWords(el)) if (OTHER_ACTION_STEMS.test(word)) return false;
  return true;
}

/**
 * An unlabelled icon button that follows the box and is the last button of `scope`: where chat apps
 * put their send arrow (emoji, attach and voice buttons come before it, or carry a label).
 */
export function isLastButtonAfter(button: HTMLElement, composer: HTMLElement, scope: ParentNode): boolean {
  if (!isUnnamedIcon(button)) return false;
  if (!(composer.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  const buttons = scope.querySelectorAll<HTMLElement>(BUTTONS);
  return buttons[buttons.length - 1] === button;
}

/**
 * A clickable element without a button role (a `div.send-button` with a click handler): it counts only
 * if it names sending itself, by its label or by code names such as "send-btn", and holds no text box.
 */
export function plainSendControl(start: Element | null): HTMLElement | null {
  // Keys typed in a box (Space reaches here) are never a press on a control.
  if (!start || start.closest('textarea,input,[contenteditable]')) return null;
  let el: Element | null = start;
  for (let i = 0; i < PLAIN_REACH && el; i++, el = el.parentElement) {
    if (!(el instanceof HTMLElement) || el.querySelector('textarea,[contenteditable]')) continue;
    const label = el.getAttribute('aria-label') || el.getAttribute('title') || '';
    if (meaningful(label)) {
      if (SEND_LABEL.test(label) && !OTHER_SENDS.test(label)) return el;
      continue;
    }
    const own = new Set(
      ['class', 'data-icon', 'data-testid', 'data-qa', 'id'].flatMap((name) =>
        words(el?.getAttribute(name) ?? ''),
      ),
    );
    if (own.has('send') && (own.has('btn') || own.has('button') || own.has('icon'))) return el;
  }
  return null;
}
