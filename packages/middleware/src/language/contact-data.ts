/**
 * What one language contributes to reading a visitor's contact details (the `contact` part of
 * its `LanguageData`). Every entry is a phrase as people type it, lower case; a space matches any run of spaces, and a phrase
 * starting with `^` counts only at the start of a line or sentence (after a greeting).
 * Phrases of all languages are compiled together (`compile-contact.ts`): a visitor may
 * write in any of them, whatever the page's language, and adding a language is adding a file.
 *
 * @example
 * const contact: ContactData = { nameIs: ['mijn naam is', 'ik heet'], … };
 */
export interface ContactData {
  /** Right before the visitor's own name, meaning "my name is": the name may be lower case. */
  nameIs: readonly string[];
  /** Right before the visitor's given (first) name: "my first name is", "vorname:". */
  givenNameIs: readonly string[];
  /** Right before the visitor's family name: "my last name is", "nachname:", "apellido:". */
  familyNameIs: readonly string[];
  /** Right before the speaker's name but also before other words ("I'm", "soy", "ich bin"): the name must look like one. */
  introductions: readonly string[];
  /** Asides that may stand between a cue and the name: "by the way", "übrigens", "trouwens". */
  asides?: readonly string[];
  /** Right after a name, introducing it: "Tom here", "山田と申します", "김민준입니다". */
  nameThen: readonly string[];
  /** Field labels for a name: "name:", "Nombre:", "姓名：". */
  nameLabels: readonly string[];
  /** What a reply may open with before the name itself: "sure", "claro", "gerne", "it's". */
  fillers: readonly string[];
  /** Greetings a message may open with: "hi", "guten tag", "bonsoir", "مرحبا". */
  greetings: readonly string[];
  /** Words that end a name read without the help of capitals: "and", "und", "from", "y". */
  nameStops: readonly string[];
  /** In a bot turn, phrases that ask for the visitor's name: "your name", "who am I speaking with". */
  nameQuestions: readonly string[];
  /** In a bot turn, phrases that ask for the given (first) name only. */
  givenNameQuestions: readonly string[];
  /** In a bot turn, phrases that ask for the family name only. */
  familyNameQuestions: readonly string[];
  /** In a bot turn, words that make a sentence a request even without "?": "please", "bitte", "请". */
  requests: readonly string[];
  /** In a bot turn, phrases that ask for the email address. */
  emailQuestions: readonly string[];
  /** Right before the visitor's own address, claiming it: "my email is", "mi correo", "моя почта". */
  emailIs?: readonly string[];
  /** Closings before a signature: "best regards", "mit freundlichen grüßen", "saludos". */
  closings: readonly string[];
  /** Words that stand for "@" in a spelled-out address: "at", "arroba", "klammeraffe". */
  at: readonly string[];
  /** Words that stand for "." in a spelled-out address: "dot", "punkt", "punto". */
  dot: readonly string[];
  /** Phrases that correct what was said before: "sorry", "i meant", "nein, richtig ist". */
  corrections: readonly string[];
  /** Phrases that give what follows as someone else's: "my husband's", "mein kollege", "cc". */
  others: readonly string[];
  /** Phrases that rule out what follows (or, after it, what came before) as wrong or stale: "old", "falsch", "ya no uso". */
  stale: readonly string[];
  /** Labels of the sender line of a pasted email: "from", "von", "de", "от", "发件人". */
  mailFrom?: readonly string[];
  /** Doubt about a detail just given: "not sure", "either … or", "je ne sais plus", "nicht sicher". */
  uncertain?: readonly string[];
  /** A yes to the bot's read-back or suggestion: "yes", "that's it", "genau", "exacto". */
  confirmations?: readonly string[];
  /** A reply that declines to give a detail: "rather not", "prefiero no", "lieber nicht", "why?". */
  refusals?: readonly string[];
  /** Words that start a contrasting clause ("but", "aber", "mais"): what follows is read apart. */
  contrasts?: readonly string[];
  /** Labels of the recipient line of a pasted email: "to", "an", "para", "кому". */
  mailTo?: readonly string[];
  /** Words for "not" that set a right value against a wrong one: "gmail not gmx", "gmail, nicht gmx". */
  negations?: readonly string[];
  /** Honorifics and titles dropped before a name: "dr", "frau", "sra", "الدكتور". */
  titles: readonly string[];
}
