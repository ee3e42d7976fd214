import { stemmer } from '@orama/stemmers/english';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';
import { relatedWords } from '../thesaurus.js';

/**
 * English. The concept keys below are the interlingua every other language maps onto, so this list
 * doubles as the English side of the glossary and as a small support thesaurus. Carries the
 * contact cues and the built-in bot's language.
 */
export const en: LanguageData = {
  code: 'en',
  stopwordList: 'eng',
  frequencyList: 'english',
  contact: {
    nameIs: [
      'my name is',
      "my name's",
      'my full name is',
      'my real name is',
      'the name is',
      "the name's",
      "name's",
      'i am called',
      "i'm called",
      'call me',
      'you can call me',
      'people call me',
      'the undersigned',
      'i, the undersigned',
    ],
    givenNameIs: ['my first name is', 'my given name is', "my first name's", 'first name is'],
    familyNameIs: [
      'my last name is',
      'my surname is',
      'my family name is',
      "my last name's",
      'last name is',
      'surname is',
    ],
    introductions: [
      '^i,',
      'the undersigned',
      'i, the undersigned,',
      "i'm",
      'i am',
      '^im',
      'this is',
      '^it is',
      "^it's",
      '^its',
      'speaking with',
      'you are talking to',
    ],
    asides: ['by the way', 'btw', 'incidentally'],
    nameThen: ['is fine', 'works', 'is ok', 'is okay', 'will do', 'here', 'speaking'],
    nameLabels: ['name', 'full name', 'customer name', 'customer'],
    fillers: [
      'under my name',
      'under',
      'to me',
      'put',
      'put it under',
      'it is under',
      "it's under",
      'for',
      'sure',
      'sure thing',
      'of course',
      'certainly',
      'absolutely',
      'yes',
      'yeah',
      'yep',
      'yup',
      'ok',
      'okay',
      'alright',
      'right',
      'well',
      'oh',
      'um',
      'uh',
      'hmm',
      'no problem',
      'great',
      'perfect',
      'cool',
      'thanks',
      'thank you',
      'here you go',
      'there you go',
      'please',
      "it's",
      'its',
      'it is',
      "that's",
      'that is',
      'me',
      "it's me",
      'sorry',
      'oops',
      'my bad',
      'actually',
      'i meant',
      'no wait',
      'wait',
      'typo',
      'correction',
      'fine',
      'ok fine',
      'okay fine',
      'mine',
      'under mine',
      'it is mine',
    ],
    greetings: [
      'hi',
      'hello',
      'hey',
      'hiya',
      'heya',
      'yo',
      'good morning',
      'good afternoon',
      'good evening',
      'greetings',
      'hi there',
      'hello there',
      'hey there',
      'dear team',
      'hello team',
      'hi team',
    ],
    nameStops: [
      'ltd',
      'ltda',
      'llc',
      'inc',
      'gmbh',
      'srl',
      'sarl',
      'spa',
      'bv',
      'nv',
      'oy',
      'plc',
      'pty',
      'llp',
      'logistics',
      'trading',
      'consulting',
      'holdings',
      'and',
      'from',
      'with',
      'at',
      'of',
      'by',
      'for',
      'or',
      'but',
      'so',
      'here',
      'please',
      'thanks',
      'underscore',
      'dash',
      'hyphen',
      'dot',
      'very',
      'really',
      'quite',
      'pretty',
      'super',
      'too',
      'totally',
      'extremely',
      'rather',
      'bit',
      'kinda',
      'sorta',
    ],
    nameQuestions: [
      'your name',
      'your full name',
      'who am i speaking with',
      'who am i talking to',
      'who do i have the pleasure',
      'what should i call you',
      'what can i call you',
      'how should i address you',
      'how may i address you',
      'introduce yourself',
      'who is this',
      'and you are',
      'your details',
      'who are you',
      'whom am i speaking',
      'the name on the',
      'what name',
      'which name',
      'under what name',
      'what do i call you',
      'and you are?',
      'you are?',
      'who is speaking',
    ],
    givenNameQuestions: ['first name', 'given name', 'forename'],
    familyNameQuestions: ['last name', 'family name', 'surname'],
    requests: [
      'please',
      'pls',
      'could you',
      'can you',
      'would you',
      'may i',
      'can i',
      'could i',
      'let me know',
      'tell me',
      'share',
      'provide',
      'enter',
      'type',
      'need your',
      "what's",
      'what is',
    ],
    emailQuestions: ['email', 'e-mail', 'mail address', 'your address', 'reach you', 'contact you', 'inbox'],
    emailIs: [
      'my email is',
      'my email',
      'my e-mail',
      'my email address',
      'my e-mail address',
      'my address is',
      'my mail is',
      'mine is',
      'reach me at',
      'my own email',
      'my personal email',
    ],
    closings: [
      'xx',
      'xo',
      'love',
      'lots of love',
      'cheers mate',
      'thanks so much',
      'thank you so much',
      'speak soon',
      'regards',
      'best regards',
      'kind regards',
      'warm regards',
      'warmest regards',
      'best wishes',
      'all the best',
      'best',
      'cheers',
      'thanks',
      'thanks a lot',
      'thanks again',
      'thank you',
      'many thanks',
      'thanks and regards',
      'sincerely',
      'yours sincerely',
      'yours truly',
      'yours',
      'take care',
      'warmly',
      'respectfully',
      'with thanks',
      'thx',
      'ta',
      'talk soon',
      'br',
      'rgds',
    ],
    at: ['at', 'at the rate', 'at the rate of', 'at sign', 'at symbol'],
    dot: ['dot', 'period', 'point'],
    corrections: [
      'sorry',
      'oops',
      'whoops',
      'my bad',
      'actually',
      'i meant',
      'meant',
      'no wait',
      'typo',
      'correction',
      'should be',
      'instead',
      "that's wrong",
      'that is wrong',
      'not quite',
      'nope',
      'no,',
      'wrong',
    ],
    others: [
      'my niece',
      'my nephew',
      'my aunt',
      'my uncle',
      'my cousin',
      'my grandma',
      'my grandmother',
      'my grandpa',
      'my grandfather',
      'my flatmate',
      'my roommate',
      'my landlord',
      'my tenant',
      'my mother-in-law',
      'my father-in-law',
      'my sister-in-law',
      'my brother-in-law',
      'my accountant',
      "my aunt's",
      "my flatmate's",
      "my roommate's",
      "my husband's",
      "my wife's",
      "my friend's",
      'hers',
      'his is',
      'my lawyer',
      'my attorney',
      'my accountant',
      'my agent',
      'the gift is for',
      'gift for',
      'present for',
      'recipient',
      'on behalf of',
      'my colleague',
      'my coworker',
      'my co-worker',
      'my boss',
      'my manager',
      'my wife',
      'my husband',
      'my partner',
      'my son',
      'my daughter',
      'my mom',
      'my mum',
      'my mother',
      'my dad',
      'my father',
      'my sister',
      'my brother',
      'my friend',
      'my assistant',
      'cc',
      'bcc',
      'copy',
    ],
    stale: ['old', 'previous', 'former', 'wrong', 'incorrect', 'outdated', 'no longer', 'not mine', 'not my'],
    negations: ['not', 'rather than'],
    refusals: [
      "i'd rather not",
      'rather not',
      'prefer not',
      'no thanks',
      'no thank you',
      'not telling',
      'none of your business',
      'skip',
      'pass',
      'anonymous',
      'not now',
      'later',
      'why do you need',
      'do i have to',
    ],
    mailFrom: ['from', 'sender', 'reply-to'],
    uncertain: [
      'not sure',
      "i'm not sure",
      'might be',
      'maybe',
      'either',
      'or was it',
      'one of those',
      "can't remember",
      "don't remember",
      'cannot remember',
      'not certain',
      'let me check',
      "i'll check",
      'get back to you',
    ],
    confirmations: [
      'yes',
      'yeah',
      'yep',
      'yup',
      'correct',
      "that's it",
      "that's right",
      'exactly',
      'right',
      'sure',
    ],
    mailTo: ['to', 'recipient'],
    contrasts: ['but', 'however', 'though'],
    titles: [
      'mr',
      'mrs',
      'ms',
      'miss',
      'mx',
      'dr',
      'doctor',
      'prof',
      'professor',
      'sir',
      'madam',
      'rev',
      'eng',
      'phd',
      'md',
      'mba',
      'cpa',
      'esq',
      'jr',
      'sr',
      'ii',
      'iii',
      'msc',
      'bsc',
      'ma',
      'ba',
      'dds',
      'rn',
      'lt',
      'col',
      'ret',
      'capt',
      'maj',
      'gen',
      'sgt',
      'hon',
    ],
  },
  intake: {
    stem: stemmer,
    thesaurus: relatedWords,
    generalStopwords: generalStopwords('en'),
    stopwords: [
      ...`hi hello hey hiya dear thanks thank thx pls please ok okay yes yeah no just really actually honestly
    basically maybe perhaps also still even guys folks sir madam know tell let wondering want wanted need
    needs would could should can will shall i'm im i've ive i'd id you're youre it's its that's thats there's
    don't dont doesn't doesnt didn't didnt isn't isnt aren't arent can't cant won't wont anything something
    someone anyone somebody anybody thing things stuff bit lot kind sort quick question questions one ones
    u ur r y e.g etc am pm atm rn btw lol oh um uh hmm well so anyway currently right now exactly possible
    happen happens go going got get gets getting does do did done have has had be is are was were
    approximately roughly around about usually normally generally exactly possibly probably
    when whenever why how who whom what which where bring take make put give go come see use let keep send get
    haven't havent hasn't hadn't wasn't weren't wouldn't couldn't shouldn't i'll you'll we'll they're we're they've we've few several some many much more most lot lots
    sorry typo oops meant mean correction wait dear regarding hereby`.split(/\s+/),
    ],
    shorthand: {
      pw: 'password',
      pwd: 'password',
      cc: 'credit card',
      u: 'you',
      r: 'are',
      ur: 'your',
      pls: 'please',
      plz: 'please',
      thx: 'thanks',
      appt: 'appointment',
      acct: 'account',
      info: 'information',
      asap: 'urgently',
      wifi: 'wifi',
      'wi-fi': 'wifi',
      ebook: 'e-book',
      ebooks: 'e-books',
      sub: 'subscription',
      subs: 'subscription',
      msg: 'message',
      b4: 'before',
      tmrw: 'tomorrow',
      tmr: 'tomorrow',
      wknd: 'weekend',
      hrs: 'hours',
      mins: 'minutes',
      yrs: 'years',
      yr: 'year',
      '2day': 'today',
      '2morrow': 'tomorrow',
      whats: 'what is',
      wats: 'what is',
      wat: 'what',
      wot: 'what',
      hw: 'how',
      cn: 'can',
      ppl: 'people',
      thru: 'through',
      bc: 'because',
      cuz: 'because',
      coz: 'because',
      wanna: 'want to',
      gonna: 'going to',
      gimme: 'give me',
      dunno: "don't know",
      hr: 'hour',
      min: 'minute',
      wk: 'week',
      wks: 'weeks',
      mo: 'month',
      mos: 'months',
      mon: 'monday',
      tue: 'tuesday',
      tues: 'tuesday',
      wed: 'wednesday',
      thu: 'thursday',
      thurs: 'thursday',
      fri: 'friday',
      sat: 'saturday',
      bday: 'birthday',
      xmas: 'christmas',
      pkg: 'package',
      addr: 'address',
      acc: 'account',
      tel: 'telephone',
      pic: 'photo',
      pics: 'photos',
      canx: 'cancel',
    },
    phrases: {
      opening: ["Hi! I'm {bot}. How can I help you today?"],
      intro: ["Hi, I'm {bot}."],
      introGreeted: ["Hi{, first}! I'm {bot}."],
      greet: ['Hi{, first}!', 'Hello{, first}!'],
      greetAgain: ['Hello again{, first}!', 'Hi{, first}!'],
      welcome: ['Nice to meet you, {first}!', 'Thanks, {first}!', 'Lovely to meet you, {first}.'],
      readBack: [
        "Thanks — I'll make sure our team replies to {email}.",
        'Got it — our team will reply to {email}.',
        'Thank you! Our team will get back to you at {email}.',
      ],
      declined: ['No problem.', "That's fine.", 'No worries.'],
      thanked: ["You're welcome{, first}!", 'Happy to help{, first}!', 'Glad I could help{, first}!'],
      thankedEarly: ["You're welcome{, first}!"],
      confirmed: ['Perfect{, first}.', 'Great — thanks{, first}.', 'Lovely.'],
      answerLead: ['', "Here's what I can tell you:", 'Happy to help with that.'],
      problemLead: ["Here's what I can tell you:", 'This may help:'],
      onlyIn: ['I have this only in {language}:', 'This information is only available in {language}:'],
      sameAnswer: [
        'My answer just above covers that too.',
        "That's in my answer just above — it's all the information I have on it.",
      ],
      unknown: [
        "I'm sorry, I don't know the answer to that, and I'd rather not guess.",
        "I don't have that information, I'm afraid — and I don't want to guess.",
        "That's not something I know, sorry, and I won't guess.",
      ],
      offerAfterAnswer: [
        'If that does not solve it, a person on our team can help.',
        'If you need more than that, someone on our team can take it from here.',
      ],
      offerStatement: [
        'Someone on our team can help with it, though.',
        'A person on our team can help with that, though.',
      ],
      offerQuestion: [
        'Would you like me to hand this over to someone on our team?',
        'Shall I pass this to a person on our team?',
      ],
      handoverAsked: [
        "Of course{, first} — I'm handing this over to our team now.",
        "Sure{, first}. I'm passing this to a person on our team.",
        "Absolutely{, first} — I'm getting a person from our team to take over.",
      ],
      handoverFrustrated: [
        "I'm sorry this has been frustrating{, first}. I'm passing this to a person on our team now.",
        "I'm really sorry{, first} — I'm handing this over to a person on our team.",
      ],
      handoverStuck: [
        "I'm sorry{, first}, I can't answer that either. I'm passing this to our team so a person can help.",
        "I don't know that one either, I'm afraid{, first} — I'm handing this over to a person on our team.",
      ],
      handoverAccepted: [
        "Great{, first} — I'm handing this over to our team now.",
        "Done{, first} — I'm passing this to a person on our team.",
      ],
      handoverUrgent: [
        "This sounds urgent{, first}. If anyone is in danger, please call your local emergency number now. I'm alerting a person on our team.",
      ],
      handoverDispute: [
        "I understand{, first}. A person on our team needs to look at this, so I'm passing it to them now.",
        "Thanks for telling me{, first}. I'm handing this over to a person on our team who can sort it out.",
      ],
      alreadyHanded: [
        "I've added this for the person on our team who is taking over{, first}.",
        'Our team already has your conversation{, first} — I’ve added this for them.',
      ],
      askEmailFirst: [
        "What's the best email address for them to reach you?",
        "So they can get back to you, what's your email address?",
      ],
      theyReply: ["They'll reply to {email}.", "They'll get back to you at {email}."],
      tellMore: ["If you like, tell me briefly what it's about, so they can pick it up faster."],
      goOn: ["Sure — what's going on?", 'Of course. What happened?', "Happy to help — what's going on?"],
      goOnQuestion: ["Sure, go ahead — what's your question?", 'Of course — what would you like to know?'],
      askName: [
        "Could I get your name, so our team knows who they're helping?",
        'May I ask your name?',
        "What's your name, by the way?",
      ],
      askEmail: [
        "What's the best email address for our team to reach you?",
        "And what's your email address, in case our team needs to follow up?",
        'Could you share your email, so our team can get back to you?',
      ],
      afterAnswer: [
        'Is there anything else I can help with?',
        'Does that answer your question?',
        'Does that help?',
      ],
      anythingElse: ['Is there anything else I can help with?', 'Anything else I can help with?'],
      teamWillFollow: ['Someone from our team will be in touch soon.', 'Our team will pick this up shortly.'],
      goodbye: ['Have a great day!', 'Take care!'],
      howCanIHelp: ['What can I help you with today?', 'How can I help?', 'What brings you here today?'],
    },
    smallTalk: {
      greeting: [
        'hi+',
        'hello',
        'hey+',
        'hiya',
        'howdy',
        'yo',
        'good (?:morning|afternoon|evening|day)',
        'greetings',
        'there',
        'all',
        'team',
        'everyone',
      ],
      closing: [
        "thanks|thank|thx|thnx|thnks|tnx|ty|tysm|you|so|much|a|lot|very|lots|many|again|ok|okay|k|kk|great|perfect|cool|awesome|nice|got|it|alright|all|right|fine|good|wonderful|brilliant|lovely|super|excellent|appreciated|appreciate|cheers|bye|goodbye|byebye|cya|see|later|take|care|have|day|one|evening|weekend|that's|thats|that|is|no|nope|nothing|else|for|now|sir|madam|ma'am|mate|guys",
      ],
      closingCue: [
        "thanks?|thx|thnx|thnks|tnx|ty|tysm|cheers|appreciated?|bye|goodbye|byebye|cya|take care|that'?s (?:all|it)|have a (?:nice|good|great) (?:day|one|evening|weekend)",
      ],
      yes: [
        "y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|correct|right|exactly|indeed|absolutely|definitely|please|go|ahead|do|it|that|that's|thats|is|it's|its|all|spot|on|perfect|great|fine|good|sounds|would|be|nice|thanks|thank|you",
      ],
      yesCue: [
        'y(?:es|eah|ea|ep|up|a)?|sure|ok(?:ay)?|k|correct|right|exactly|indeed|absolutely|definitely|please|go|do|perfect|great',
      ],
      decline: [
        "rather not|prefer not|no thanks|no thank you|not comfortable|none of your business|don'?t want to (?:give|share|say)|why do you need",
      ],
      no: ['no|nope|nah|skip(?: (?:it|that|this))?'],
      vague: [
        'help|helping|assist|assistance|support|question|questions|problem|problems|issue|issues|query|enquiry|inquiry|something|thing|stuff|urgent|urgently|quick|small|someone|somebody|anyone|sort|matter|trouble',
      ],
      followUp: [
        'and',
        'also',
        'what about',
        'how about',
        'and what about',
        'same for',
        'what if',
        'does that',
        'is that',
        'and if',
      ],
      question: [
        "how|what|when|where|why|who|which|whose|can|could|do|does|did|is|are|was|will|would|should|may|might|have|has|any|whats|what's|hows|wheres|where's",
      ],
      emailWord: ['e-?mail'],
      nameWord: ['name'],
    },
    handover: {
      person: [
        '(?:talk|speak|chat)(?:ing)? (?:to|with)(?! (?:you|u|ya)\\b)',
        'call (?:me )?back',
        'ring me',
        '(?:give|get) me a (?:call|ring)',
        '(?:please|can you|could you|would you|can someone|could someone|pls) (?:please )?(?:call|contact|email|phone|ring) me',
        'get back to me',
        '(?:put|connect|transfer|pass|get) me (?:to|through|with)',
        '(?:connect|transfer) me',
        'humans?',
        '(?:real|actual|live) (?:person|people|human|agent|support)',
        'live chat',
        '(?:an?|the|your|support|customer service) (?:agent|rep)',
        'representative',
        'operator',
        '(?:someone|somebody) real',
        '(?:need|want|get|see) (?:me )?(?:a|an actual|a real) person',
        '(?:can|could|would|will|may) (?:someone|somebody|a person|one of you|your team|a member of (?:staff|the team)|a colleague) (?:please )?(?:call|contact|email|ring|phone|get back|reach|look into|check)',
        '(?:manager|supervisor|agent|human|person|operator|someone)(?: please)?(?=[\\s.!?]*$)',
        'who (?:do|can|should|would|could) i (?:talk|speak|write|complain) to',
        '(?:need|want|get me|reach|contact) (?:the|your) (?:[\\p{L}-]+ )?(?:team|department|dept|manager|supervisor)',
        '(?:someone|somebody) (?:from|in) (?:the |your )?[\\p{L}-]+ (?:team|department|dept)',
        '(?:someone|somebody|the person|whoever(?: is)?) in charge|(?:your|the) boss',
        "(?:i want|i need|i'?d like|can i have|get me|let me (?:speak|talk) to) (?:the|your|a|an) (?:manager|supervisor|mechanic|claims handler|case handler|underwriter|advisor|adviser|specialist)",
        'call me (?:on|at|asap|today|urgently|right away)',
        '(?:have|get) a word with',
        '(?:can|could) (?:someone|somebody|you|a person|one of you) (?:please )?(?:give me a (?:call|ring|bell)|call me|ring me|phone me)',
        '(?:have|ask|get) (?:someone|somebody|the \\p{L}+|your \\p{L}+|\\p{L}+) to (?:call|ring|phone|email|contact) me',
        'call-?back',
        '(?:have|get|ask) (?:someone|somebody|the \\p{L}+|your \\p{L}+) (?:to )?(?:call|ring|phone|email|contact) me',
        '(?:can|could) (?:the|your) [\\p{L}-]+ (?:please )?(?:call|contact|ring|phone|email) me(?: back)?(?=[\\s.!?]*$| about| regarding| asap| today| please)',
        '(?:is there|are there) (?:anyone|anybody|someone|somebody|a (?:person|human))(?: (?:there|around|available|i can (?:talk|speak|chat) (?:to|with)))?(?=[\\s.!?]*$)',
        'who (?:can|do|should|could) (?:i|we) (?:call|phone|ring|email|contact)(?: about| regarding| for|[\\s.!?]*$)',
        '(?:phone|contact|direct) (?:number|line|details) (?:for|of) (?:a|an|the|your) (?:real |actual )?(?:person|human|manager|owner|team)',
        'put me on(?:to| to)',
        '(?:someone|somebody|a person) (?:from|in) (?:the |your )?[\\p{L}-]+ to (?:look|check|call|contact|ring|email|help)',
        "(?:i need|i want|i'?d like|i would like|let me|i must|i have) (?:to )?(?:get hold of|get in touch with|reach|see|contact) (?:someone|somebody|a person|a human|(?:the|your) (?:[\\p{L}-]+ )?(?:manager|owner|team|department|office|supervisor|boss))",
      ],
      notPerson: [
        "(?:don'?t|do not|doesn'?t|does not) (?:need|want) (?:a |an |to talk to )?(?:human|person|agent|someone)",
        'no need (?:for|to talk to) (?:a |an )?(?:human|person|agent|someone)',
      ],
      dispute: [
        '(?:you|they|u)(?: have| guys| people)? (?:charged|billed|debited|took|taken|deducted|overcharged)',
        '(?:double|over|wrongly|incorrectly|unfairly)[ -]?(?:charged|billed)',
        'charged (?:me )?(?:twice|two times|double|again|wrongly)',
        "(?:not|never|won'?t|refuse to|am not going to|i'm not going to) (?:pay|paying)",
        'chargeback',
        'dispute',
        'unauthori[sz]ed (?:charge|payment|transaction|debit)',
        '(?:want|need|demand|expect|give me|(?<!how (?:do|can|could|would|will) (?:i|we) )get|like) (?:my|our|the) money back',
        '(?<!\\b(?:how|when|can|could|will|would|do|does|if|is there|any)\\b[^.!?]{0,25})money back(?! guarantee)',
        "(?:i want|i need|i demand|i expect|give me|i'?d like|i would like|i am asking for|i'm asking for) (?:a |my |an? )?(?:full |partial |pro rata |prorated )?refund",
        '(?:refund|reimburse|compensate) me',
        'compensation',
        'disput\\p{L}*',
        "(?:i want|i need|i demand|i expect|give me|i'?d like|i would like) (?:my|our) (?:[\\p{L}-]+ ){0,2}back",
        "who(?:'s| is| will be)? (?:going to |gonna )?pay(?:ing)? for (?:this|that|the damage|the repairs?)",
        '(?:amount|charge|bill|invoice|payment|direct debit)[^.!?]{0,40} (?:is|was) wrong',
        'wrong (?:amount|charge|bill|invoice)',
        'overcharg\\p{L}*',
        '(?:rejected|denied|declined|refused) (?:my|our|the) (?:claim|refund|request|application|return)',
        '(?:claim|refund|request|return) (?:was|has been|got) (?:rejected|denied|declined|refused)',
        "(?:i want|i'?d like|i wish|i am going|i'?m going) to appeal",
        '(?:please|pls|just) (?:refund|reimburse) (?:us|my|the)',
        "(?:still|never) (?:not )?(?:received|got|had|seen) (?:my|the|a|our) refund|refund (?:hasn'?t|has not|never) (?:arrived|come|been paid)",
        '(?:charged|billed|debited|took|taken)[^.!?]{0,40} after (?:i|we) (?:had )?cancell?ed',
        '(?:still|keep|kept) (?:charging|billing|taking money|taking payments?)',
        "(?:didn'?t|did not|never) (?:authori[sz]e|agree to|sign up for|order(?:ed)?|ask(?:ed)? for) (?:this|that|it|these|any|the)",
        "(?:i was|i've been|i have been|we were|we've been|we have been|i got|i'?m being|i am being|i'?m still being|i keep getting|i'?m still getting) (?:double[- ]?|wrongly |still )?(?:charged|billed|debited|overcharged)(?: twice| two times| again| double|[^.!?]{0,40}(?:never|didn'?t|did not|cancell?ed|returned|even though|although|despite|without))",
        'reverse (?:the|this|that|my) (?:payment|charge|transaction|debit)',
        'expect (?:you|them|your company) to (?:pay|cover|refund|reimburse|compensate)|(?:you|u) (?:should|must|need to|have to|will have to) (?:pay for|cover|refund)',
        "(?:debited|charged|billed|paid)(?: for it| for this| in full)?,? but (?:the (?:order|booking|service|lesson|trip|item) (?:was|got) cancell?ed|(?:i |we )?(?:never|still haven'?t|haven'?t|have not|didn'?t|did not) (?:got|get|received|receive|had))",
        '(?:you|they|your [\\p{L}-]+|the [\\p{L}-]+|he|she)(?: guys| people| have| has| had| just| then| somehow)* (?:lost|damaged|broke|scratched|ruined|destroyed|cracked|dented|stained|deleted|wiped|smashed|bent|mixed up) (?:my|our|the|all|both|two|three|several|\\d+)',
        '(?:stolen|went missing|disappeared|vanished) (?:from|while|when|during|at) (?:your|the|our|my)',
        '(?:still|then|again|anyway) (?:took|taken|charged|billed|debited|taking)',
        "(?:i'?d like|i want|i need|i demand|i expect|please|can i have) (?:my|our|the) [\\p{L}-]+(?: [\\p{L}-]+)? (?:returned|refunded|reimbursed|paid back|back)",
        "(?:that'?s|this is|it'?s|is|was) (?:so |totally |completely |very |really )?(?:unfair|not fair)",
        'ignor(?:ing|ed|es) (?:my|our|me|us)',
      ],
      legal: [
        'lawyers?',
        'solicitors?',
        'attorneys?',
        'legal (?:action|steps|proceedings)',
        'court',
        'sue|suing|lawsuit',
        'ombudsman',
        'regulator',
        'trading standards',
        'consumer (?:protection|rights|authority)',
        '(?:report|reporting) (?:you|this|her|him|them|it|the \\w+) to',
        'data protection (?:authority|officer|commissioner)',
        'police',
        'small claims',
        'legal advice',
        'misleading|misled|false advertising|mis-sold|mis-selling',
        '(?:right of|subject) access(?: request)?',
        'breach of contract|data breach',
        "(?:i want|i wish|i'?d like|i am going|i'?m going) to (?:make|file|lodge|raise|submit) a (?:formal )?complaint|(?:i want|i'?m going) to complain|formal complaint|escalat(?:e|ing|ion)",
        '(?:bad|negative|1[ -]star|one[ -]star) review|trustpilot|(?:post|share|put) (?:this |it )?(?:on|all over) social media|go to the press',
        'citizens advice|advertising standards|financial conduct authority',
        '(?:post|write|share|put) (?:about )?(?:this|it) (?:on|to|all over) (?:facebook|twitter|instagram|tiktok|reddit|linkedin|google|yelp)|go(?:ing)? public',
      ],
      frustration: [
        'useless',
        'ridiculous',
        'pointless',
        'waste of (?:my )?time',
        'not helpful',
        'unhelpful',
        "(?:doesn'?t|does not|didn'?t|did not|isn'?t|is not|not) help(?:ing|ful)?",
        'stupid',
        'terrible',
        'awful',
        'horrible',
        'the worst',
        'wtf',
        'are you (?:even )?(?:listening|serious|kidding)',
        'fed up',
        'sick of',
        'annoying',
        'nonsense',
        'rubbish',
        'garbage',
        'disgrace\\w*',
        'unacceptable',
        'outrageous',
        'appalling',
        'pathetic',
        'incompetent',
        'rude',
        "(?:that'?s|this is|that is) not what i (?:asked|meant|said|wanted)",
        'hung up on me',
        'joke',
        'thieves|thief|scam(?:mers?|med)?|rip[ -]?off|ripped off|liars|fraud\\p{L}*|cowboys',
        "(?:i'?m|i am|we'?re|we are) (?:so |really |very |absolutely |extremely )?(?:angry|furious|livid|fuming|disgusted|appalled)",
        'shocking|hopeless|clueless|worst (?:service|experience|company)|never (?:again|using you again)',
        'over and over|same (?:answer|thing) (?:again|every time)',
        "not good enough|(?<!\\bif )(?:i'?m|i am|we'?re|we are) (?:really |very |so |just |still )?(?:not|never) (?:happy|satisfied)|(?:very|really|so|extremely|deeply|totally) (?:disappointed|unhappy|dissatisfied|upset)|(?<!\\bif )(?:i'?m|i am|we'?re|we are) (?:disappointed|dissatisfied|unhappy)",
        "(?:you'?re|you are|u r|ur) not (?:understanding|listening|getting it)|you (?:don'?t|do not|just don'?t) (?:understand|get it|listen)",
        'sort (?:it|this) out (?:now|immediately|asap|today)|(?:this|it) is a disaster|(?:absolute|complete|total) (?:disaster|shambles|nightmare)',
      ],
      repeated: [
        '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+th) time',
        '(?:nobody|no one|no-one) (?:answers|replies|responds|gets back|is answering|helps|called)',
        "still (?:no|haven'?t|have not|not) (?:got |had |received )?(?:an? )?(?:answer|reply|response|heard)",
        '(?:already|again) (?:asked|told you|explained|written|called|tried)',
        '(?:been|still) waiting (?:for )?(?:over |more than |almost |nearly )?(?:\\d+|a|two|three|four|five|six|several|many) (?:days?|weeks?|months?)',
        '(?:keep|kept) (?:being )?(?:ignored|fobbed off|passed around)',
        "still (?:not|isn'?t|hasn'?t been|has not been) (?:fixed|sorted|resolved|repaired)",
        '(?:nobody|no one|no-one) (?:has |have |ever )?(?:got|gotten|come|came) back to (?:me|us)|(?:nobody|no one|no-one) (?:has |have )?(?:replied|answered|responded|called (?:me )?back|contacted (?:me|us))',
        '(?:emailed|e-mailed|called|phoned|rung|rang|written|wrote|messaged|contacted|asked) (?:you |your \\p{L}+ |you guys )?(?:twice|three times|four times|several times|many times|multiple times|\\d+ times|(?:so )?many times)',
        'how many (?:more )?times (?:do|must|have|should|will) (?:i|we)',
        'on hold for|(?:been )?waiting (?:for )?(?:over |more than |almost |nearly )?(?:an|\\d+|two|three|four|five|several) hours?',
        "(?:never|didn'?t|did not|hasn'?t|has not) (?:show(?:ed|n)? up|turn(?:ed)? up|c[ao]me (?:back|round|out))|still waiting (?:for|on) (?:the|an?|your|my) (?:engineer|technician|fitter|courier|callback|call back|reply|response|answer|someone|refund|decision)",
        '(?:asked|told you|explained|written|wrote|emailed|called|phoned|mentioned) (?:this|that|it|you about (?:this|it)) (?:twice|three times|four times|several times|many times|multiple times|\\d+ times|already|before)',
        '(?:projects|files|data|photos|pictures|documents|work|messages|notes|recordings|videos) (?:have |has |are |is )?(?:all )?(?:disappeared|vanished|gone|been deleted|been wiped)|lost all (?:of )?(?:our|my|the) (?:[\\p{L}-]+ )?(?:photos|pictures|files|data|work|videos)',
        "(?:didn'?t|did not|doesn'?t|does not|don'?t|do not|never|won'?t|aren'?t|are not|isn'?t|is not|not) (?:really |even |actually )?(?:answer(?:ing|ed)?|address(?:ing)?|respond(?:ing)? to) (?:my|the|what i)|(?:wrong|same|useless) answer|(?:that'?s|this is|that is|it'?s) not what i (?:need|want|mean)",
      ],
      urgent: [
        '(?:severe|terrible|unbearable|excruciating|extreme|really bad|awful) pain',
        "can'?t (?:breathe|swallow)",
        '(?:hard|difficult) to (?:breathe|swallow)',
        "(?:won'?t|doesn'?t|does not|will not) stop bleeding",
        "bleeding (?:won'?t|doesn'?t|does not|will not|hasn'?t|has not) stop\\w*",
        'swell\\w* up',
        'knocked out',
        'swallowed',
        'chok(?:e|ed|ing)',
        'unconscious',
        'collapsed',
        "(?:not|isn'?t|is not|stopped) (?:breathing|responding)",
        'fainted',
        'seizure',
        'heart attack',
        'allergic reaction',
        'poisoned',
        'overdose',
        'on fire',
        'smoke',
        '(?:smell|smells|smelling) (?:of )?gas',
        'gas leak',
        'electric shock',
        'ambulance',
        'kill myself|suicid\\w*',
        'in danger',
        'burning smell|smell(?:s|ing)? (?:of |like )?burning',
        'sparks (?:are )?(?:coming|flying)|sparking',
        '(?:bare|exposed|live|loose) wires?',
        '(?:water|rain) (?:is )?(?:pouring|coming|leaking|gushing|flooding) (?:in|into|through)',
        '(?:is|are|got|been) flooded|flooding (?:in|into)',
        'about to (?:fall|collapse)|collaps(?:e|ing)|leaning over',
        'locked (?:out|outside)',
        'dizzy',
        '(?:drank|drunk|ate|eaten|took|taken) (?:\\p{L}+ ){0,4}(?:pills|tablets|medicine|syrup|bottle)',
        '(?:lips?|face|tongue|throat) (?:is |are )?(?:swollen|swelling)',
        '(?:need|send) (?:someone|somebody|help) (?:here |over |round )?(?:now|asap|immediately|urgently)',
        "(?:it'?s|this is|we have|i have|there'?s) an emergency|emergency vet",
        '(?:was|got|been|just) (?:hit|knocked (?:off|down|over)|run over) by|(?:i|he|she|we) crashed',
        "(?:has|have|'ve|'s|just) broken (?:his|her|my|its|their|a) (?:arm|leg|wrist|ankle|collarbone|hip|ribs?)|broke (?:his|her|my|its|their) (?:arm|leg|wrist|ankle|collarbone|hip|ribs?)|concussion|(?:in|to) (?:hospital|a&e)",
        'bleeding (?:heavily|badly|a lot|everywhere)|lots of blood|blood everywhere|vomiting blood',
        '(?:brakes?|steering) (?:failed|gave way)|(?:brakes?|steering|frame|fork|handlebars?|wheel) (?:snapped|broke|came off|cracked) (?:while|when|and)',
        "(?:can'?t|cannot) (?:stand up|get up)|(?:i'?m|i am|he'?s|she'?s|got|was|were|been) (?:badly |seriously |really )?(?:hurt|injured)|emergency (?:surgery|operation)|(?:needs?|having) (?:emergency )?surgery (?:now|today|tonight|right now)",
        'hacked|(?:someone|somebody) (?:has )?(?:logged|got|broken) into my account|unauthori[sz]ed (?:access|login|log-in)|account (?:was |has been |is )?compromised|data (?:leak|breach)',
        'lost all (?:of )?my (?:data|work|files|projects|notes)|(?:all )?my (?:data|files|projects|work|notes) (?:is|are|has|have) (?:gone|disappeared|vanished|been deleted|been wiped)',
        'hit (?:my|his|her|their) head|chest pains?|(?:having|had) a stroke',
        '(?:child|son|daughter|kid|boy|girl|baby|toddler|mum|mom|dad|husband|wife|grandad|grandma|grandmother|grandfather) (?:has |is |went |had )?(?:gone )?missing|lost (?:my|our) (?:child|son|daughter|kid|baby|toddler)',
        "fell (?:down|off|from|over)|(?:has had|had|took|taken) a (?:bad |nasty |serious )?fall|(?:isn'?t|is not|not) moving",
        '(?:dog|cat|puppy|kitten|pet) (?:has |just |may have |might have )?(?:ate|eaten|swallowed|chewed|licked)',
        'trapped|stuck in (?:the |a |an )?(?:lift|elevator)',
        '(?:asthma|panic|anxiety|epileptic) attack|anaphyla\\p{L}*|(?:having|had) a (?:fit|seizure)',
        'high (?:fever|temperature)|threaten(?:ing|ed)|(?:was|been|got|being) (?:attacked|assaulted|mugged|robbed|harassed|followed|stalked)',
        'smoke (?:is )?(?:coming|pouring|rising)|(?:started|starts|began|keeps) (?:smoking|sparking)',
        '(?:burn(?:t|ed)|scald(?:ed)?) (?:my|his|her|their|myself|himself|herself)|food poisoning|(?:glass|metal|plastic|a bone|something sharp) in (?:my|the|our|his|her)',
        "throat (?:feels |is |getting |going )?(?:tight|closing|swelling)|hurt (?:my|his|her|their) (?:back|head|neck|leg|arm|knee|hip)|(?:i|he|she|we) came off|(?<!\\bif )(?:we'?re|we are|i'?m|i am|now|left|been) (?:now |completely )?stranded",
      ],
    },
    concepts: `
open: open, opening, opened, opening hours, opening times
close: closed, closing, shut
hours: hours, opening hours, opening times, business hours, times
monday: monday, mondays
tuesday: tuesday, tuesdays
wednesday: wednesday, wednesdays
thursday: thursday, thursdays
friday: friday, fridays
saturday: saturday, saturdays
sunday: sunday, sundays
weekend: weekend, weekends
weekend: saturday, saturdays, sunday, sundays
holiday: holiday, holidays, bank holiday, public holiday
today: today, tonight
tomorrow: tomorrow
evening: evening, evenings, after work, at night
morning: morning, mornings
duration: how long, duration, lasts, take long
time: what time, when exactly, time
week: week, weeks, weekly
month: month, months, monthly
year: year, years, yearly, annual, annually
day: day, days, daily
minute: minute, minutes
price: price, prices, cost, costs, costing, fee, fees, charge, charges, how much, expensive, cheap, rate, rates, pricing, tariff, quote
free: free, free of charge, no charge, complimentary, gratis, nothing to pay
pay: pay, payment, payments, paying, paid, checkout
creditcard: credit card, debit card, visa, mastercard, amex, card payment
cash: cash, cheque, cheques, coins
transfer: bank transfer, wire transfer, direct debit, sepa
installment: instalment, instalments, installment, installments, monthly payments, finance, financing, spread the cost, pay later, pay monthly
invoice: invoice, invoices, bill, billing, receipt
refund: refund, refunds, money back, reimburse, reimbursement, repay, repayment
discount: discount, discounts, reduction, reduced, concession, concessions, cheaper, coupon, promo code, voucher code
insurance: insurance, insurer, insured, insure
claim: claim, claims, claiming
cover: cover, covers, covered, coverage
excess: excess, deductible
subscription: subscription, subscriptions, subscribe, plan, plans, membership
member: member, members, membership
cancel: cancel, cancels, cancelled, canceled, cancelling, canceling, cancellation, terminate, termination, unsubscribe
change: change, changes, modify, amend, reschedule, edit, switch
move: move, moving, moved, relocate
upgrade: upgrade, downgrade
appointment: appointment, appointments, slot, slots, consultation, session
appointment: book an appointment, make an appointment, schedule an appointment, book a visit
reserve: reserve, reservation, reservations, hold, put on hold, waiting list, queue
account: account, accounts, profile, my account
login: login, log in, logged in, sign in, signin, logon
password: password, passwords, passcode
forgot: forgot, forget, forgotten, reset
register: register, registration, sign up, signup, enrol, enroll, enrolment, join
email: email, e-mail, emails, mail
phone: phone, telephone, call, calls, ring, mobile number, phone number
address: address, location, located, where are you, find you, directions, where is
parking: park, parking, car park, parking space, car
transport: bus, train, tube, metro, station, public transport, tram, subway, underground
bike: bike, bikes, bicycle, bicycles, cycle, cycling, e-bike
access: wheelchair, accessible, accessibility, step-free, disabled, disability, ramp, barrier-free, mobility
lift: lift, elevator
toilet: toilet, toilets, restroom, bathroom, wc
child: child, children, kid, kids, son, daughter, baby, babies, toddler, little one
teen: teen, teens, teenager, teenagers, adolescent, youth, young people
parent: parent, parents, mum, mom, dad, father, mother, guardian
adult: adult, adults, grown-up
age: age, aged, years old, how old, minimum age
student: student, students, pupil, pupils, apprentice, trainee, university
senior: senior, seniors, pensioner, elderly, retired, older people
family: family, families, household
new: new
customer: customer, customers, client, clients, patient, patients
staff: staff, employee, employees, team member, colleague
person: person, human, someone real, real person
language: language, languages, speak, speaks, spoken
english: english
german: german
french: french
spanish: spanish
italian: italian
portuguese: portuguese
dutch: dutch
polish: polish
turkish: turkish
online: online, website, web, internet, site, portal
app: app, apps, application, mobile app
download: download, downloads, downloading
install: install, installation, set up, setup
device: device, devices, tablet, smartphone, phone
computer: computer, computers, pc, laptop, laptops, notebook
wifi: wifi, wlan, wireless, internet access, hotspot
print: print, printing, printer, printout, prints
copy: copy, copies, photocopy, duplicate
scan: scan, scanning, scanner
ebook: e-book, e-books, ebook, audiobook, digital book, e-reader
borrow: borrow, borrowing, loan, loans, lend, lending, rent, rental, hire
return: return, returns, returning, give back, bring back, send back, drop off
late: late, overdue, delay, delayed, too late
lost: lost, lose, losing, missing, stolen, misplaced
damage: damaged, damage, broken, broke, ripped, torn, spilled, spilt, spill, defect, defective, faulty, cracked, stained, scratched
repair: repair, repairs, fix, fixing, mend, maintenance
service: service, servicing, check-up, tune-up, inspection
replace: replace, replacement, exchange, swap
deliver: deliver, delivery, deliveries, ship, shipping, shipment, send, sent, dispatch, courier, parcel, package, post
order: order, orders, ordered, purchase, purchased, bought, buy
track: track, tracking, status
stock: stock, available, availability, in stock, sold out
size: size, sizes, sizing, fit, fits, height
colour: colour, color, colours, colors
warranty: warranty, guarantee, guaranteed
trial: trial, free trial, test ride, try out, demo
test: test, tests, testing, exam, exams, assessment, placement test
certificate: certificate, certificates, certification, diploma
level: level, levels, beginner, advanced, intermediate
lesson: lesson, lessons, class, classes, course, courses, tutoring
teacher: teacher, teachers, tutor, tutors, instructor, coach
team: team, teams, business, company, companies, organisation, organization, enterprise
group: group, groups
user: user, users, seat, seats, licence, license
privacy: privacy, personal data, my data, gdpr, data protection
delete: delete, deleting, deletion, remove, erase
complaint: complaint, complaints, complain, complaining, grievance, feedback, suggestion, suggestions
contact: contact, get in touch, reach you, contact form
emergency: emergency, emergencies, urgent, urgently, same day, same-day
pain: pain, painful, ache, aching, hurts, hurt, sore, toothache
tooth: tooth, teeth, dental
doctor: doctor, doctors, dentist, dentists, physician, gp, vet, vets, veterinarian
nurse: nurse, hygienist, hygienists
nervous: nervous, anxious, anxiety, scared, afraid, fear, frightened, terrified, phobia, panic
sedation: sedation, sedated, sedative, anaesthetic, anesthetic, numb, put to sleep
pregnant: pregnant, pregnancy, breastfeeding
pet: pet, pets, animal, animals
dog: dog, dogs, puppy, puppies
cat: cat, cats, kitten, kittens
vaccine: vaccine, vaccines, vaccination, vaccinated, jab, jabs
illness: illness, ill, sick, sickness, disease, condition, conditions
treatment: treatment, treatments, treat, therapy
surgery: surgery, operation, operations
medicine: medicine, medication, medications, prescription, drugs
accident: accident, accidents, injury, injuries, injured
food: food, eat, eating, meal, snack
drink: drink, drinks, drinking, coffee, cafe
gift: gift, gifts, present, voucher, vouchers, gift card
donate: donate, donation, donations, give away
event: event, events, workshop, workshops, party, celebration
tour: tour, tours, guided tour
room: room, rooms, meeting room, study room, space
desk: desk, desks, workspace, workstation, seat, place to work, study place
document: document, documents, paperwork, form, forms
id: id, identification, passport, identity card, id card, driving licence, proof of address
record: record, records, file, files, history
result: result, results
xray: x-ray, x-rays, xray, xrays
calendar: calendar, calendars, agenda
sync: sync, syncing, synchronise, synchronize, synchronisation
export: export, exporting
import: import, importing
share: share, sharing, shared, invite, collaborate
notification: notification, notifications, reminder, reminders, alert, alerts
offline: offline, without internet, no connection
error: error, errors, bug, bugs, crash, crashes, crashing, not working, doesn't work, broken link
slow: slow, slowly, loading, lag
upload: upload, uploading, attach, attachment
storage: storage, space, gigabytes, gb
security: security, secure, safe, safety, two-factor, 2fa
country: country, countries, abroad, international, overseas, outside
travel: travel, travelling, traveling, trip, vacation
weather: weather, rain, snow
battery: battery, batteries, charger, charging point
tyre: tyre, tyres, tire, tires, puncture, flat tyre
brake: brake, brakes, braking
lock: lock, locks
helmet: helmet, helmets
renew: renew, renewal, renewing, extend, extension, prolong
card: card, library card, membership card, member card, customer card, loyalty card
library: library, libraries, librarian
near: near, nearest, closest, nearby, close to, next to
black: black, black and white
white: white, black and white
accept: accept, accepts, accepting, take on, taking on, admit
book: book, books, novel, novels
notice: notice, advance notice, in advance, beforehand
weather: weather, rain, snow, cloudy, clouds, overcast, sunny, sunshine, winter
install: fit, fitting, fitted, mount, mounting, installer, installers, fitter
power: electricity, power, energy, electric, power cut, outage, blackout
product: product, products, item, items
sell: sell, sells, selling
price: cheapest, cheaper, affordable, afford, costly
expire: expire, expires, expired, expiry, expiration, use by, best before, valid, validity
birthday: birthday, birthdays
loyalty: loyalty, points, rewards, reward, bonus
staff: subcontractor, subcontractors, contractor, contractors, engineer, engineers, technician, technicians, electrician
contract: contract, contracts, agreement, signed, cooling-off, cooling off
collect: collect, collection, pick up, pickup, click and collect
home: home, house, apartment
cable: cable, cables, ethernet, lan, wired, port, ports, usb, hdmi
screen: screen, screens, monitor, display, projector
advice: advice, advise, recommend, recommendation, guidance
guest: guest, guests, visitor, visitors
quiet: quiet, noise, noisy, loud, silent, disturb, disturbing, bothering
clean: clean, cleaning, wash, washing
mistake: mistake, mistakes, wrong, incorrect, typo
`,
  },
};
