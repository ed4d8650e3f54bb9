/** Words for replying, shared by the pushy rules that press for an answer. */
export const REPLY_VERB =
  '(answer|answered|answering|reply|replied|replying|respond|responded|responding|text|texted|texting|call|called|calling|write|wrote|writing|message|messaged|get back|got back|getting back|talk|talked|talking|pick up|picked up|picking up)';
export const REPLY_NOUN = '(answer|reply|response|text|message|decision)';
