import { stemmer } from '@orama/stemmers/german';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * German (Deutsch), in the polite "Sie" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const de: LanguageData = {
  code: 'de',
  stopwordList: 'deu',
  frequencyList: 'german',
  contact: {
    nameIs: [
      'hier spricht',
      'mein name ist',
      'mein name lautet',
      'mein vollständiger name ist',
      'mein vollstaendiger name ist',
      'mein voller name ist',
      'mein richtiger name ist',
      'ich heiße',
      'ich heisse',
      'ich heiß',
      'ich heiss',
      'der name ist',
      'der name lautet',
      'man nennt mich',
      'nennen sie mich',
      'nenn mich',
      'ich nenne mich',
      'mein name',
      'der unterzeichnende',
      'die unterzeichnende',
      'der unterzeichner',
      'die unterzeichnerin',
    ],
    givenNameIs: [
      'mein vorname ist',
      'mein vorname lautet',
      'mein rufname ist',
      'vorname ist',
      'vorname lautet',
      'vorname:',
      'mit vornamen',
    ],
    familyNameIs: [
      'mein nachname ist',
      'mein nachname lautet',
      'mein familienname ist',
      'mein zuname ist',
      'nachname ist',
      'nachname lautet',
      'nachname:',
      'familienname:',
      'zuname:',
      'mit nachnamen',
      'mit familiennamen',
    ],
    introductions: [
      '^ich,',
      'der unterzeichnende',
      'die unterzeichnende',
      'ich bin die',
      'ich bin der',
      'hier ist die',
      'hier ist der',
      'ich bin',
      '^hier ist',
      '^hier schreibt',
      '^hier',
      '^es schreibt',
      '^es schreibt ihnen',
      'sie sprechen mit',
      'du sprichst mit',
      'sie schreiben mit',
      'du schreibst mit',
      '^ich bins',
      "^ich bin's",
    ],
    asides: ['übrigens', 'uebrigens', 'nebenbei'],
    nameThen: ['hier', 'am apparat', 'am telefon', 'hier am apparat'],
    nameLabels: [
      'name',
      'vorname',
      'nachname',
      'vor- und nachname',
      'vor- und zuname',
      'vollständiger name',
      'vollstaendiger name',
      'voller name',
      'familienname',
      'kundenname',
      'name des kunden',
      'kunde',
      'kundin',
      'ansprechpartner',
      'ansprechpartnerin',
      'absender',
      'besteller',
    ],
    fillers: [
      'mit',
      'auf',
      'ja',
      'jawohl',
      'jep',
      'klar',
      'na klar',
      'klar doch',
      'sicher',
      'gerne',
      'gern',
      'natürlich',
      'natuerlich',
      'selbstverständlich',
      'selbstverstaendlich',
      'ok',
      'okay',
      'alles klar',
      'gut',
      'super',
      'prima',
      'bitte',
      'bitte schön',
      'bitteschön',
      'hier bitte',
      'hier',
      'das ist',
      'es ist',
      'ich bins',
      'also',
      'äh',
      'ähm',
      'hm',
      'danke',
      'achso',
      'genau',
      'kein problem',
      'entschuldigung',
      'eigentlich',
    ],
    greetings: [
      'hallo',
      'hallo zusammen',
      'hallo team',
      'hallöchen',
      'hallihallo',
      'guten tag',
      'guten tag zusammen',
      'guten morgen',
      'guten abend',
      'tag',
      'tach',
      'moin',
      'moin moin',
      'servus',
      'grüß gott',
      'grüss gott',
      'gruess gott',
      'grüß dich',
      'grüezi',
      'gruezi',
      'grüezi mitenand',
      'hoi',
      'sali',
      'huhu',
      'nabend',
      'sehr geehrte damen und herren',
      'sehr geehrtes team',
      'liebes team',
    ],
    nameStops: [
      'und',
      'von',
      'vom',
      'aus',
      'bei',
      'mit',
      'für',
      'fuer',
      'oder',
      'aber',
      'ich',
      'bitte',
      'danke',
      'hier',
      'im',
      'in',
      'zu',
      'zum',
      'zur',
      'möchte',
      'moechte',
      'hätte',
      'haette',
      'habe',
      'hab',
      'brauche',
      'wegen',
      'weil',
      'wohne',
      'komme',
      'suche',
      'und zwar',
      'am apparat',
      'sehr',
      'echt',
      'wirklich',
      'total',
      'ziemlich',
      'so',
      'schon',
      'noch',
      'nicht',
      'gar',
      'ganz',
      'etwas',
    ],
    nameQuestions: [
      'ihr name',
      'ihren namen',
      'ihres namens',
      'dein name',
      'deinen namen',
      'ihren vollständigen namen',
      'ihren vollen namen',
      'vor- und nachname',
      'vor- und nachnamen',
      'wie heißen sie',
      'wie heissen sie',
      'wie heißt du',
      'wie heisst du',
      'wie ist ihr name',
      'wie lautet ihr name',
      'wie darf ich sie ansprechen',
      'wie darf ich sie nennen',
      'wie kann ich sie ansprechen',
      'wie soll ich sie ansprechen',
      'wie darf ich dich nennen',
      'mit wem spreche ich',
      'mit wem schreibe ich',
      'mit wem habe ich das vergnügen',
      'mit wem habe ich das vergnuegen',
      'auf welchen namen',
      'unter welchem namen',
      'welcher name',
      'stellen sie sich vor',
      'wer sind sie',
      'und sie sind',
      'ihre kontaktdaten',
      'ihre daten',
      'ihrem namen',
      'deinem namen',
      'auf wessen namen',
      'wer ist da',
      'wer spricht',
    ],
    givenNameQuestions: ['vorname', 'vornamen', 'rufname', 'rufnamen'],
    familyNameQuestions: ['nachname', 'nachnamen', 'familienname', 'familiennamen', 'zuname', 'zunamen'],
    requests: [
      'bitte',
      'könnten sie',
      'koennten sie',
      'können sie',
      'koennen sie',
      'könntest du',
      'kannst du',
      'würden sie',
      'wuerden sie',
      'dürfte ich',
      'duerfte ich',
      'darf ich',
      'kann ich',
      'teilen sie mir',
      'nennen sie mir',
      'geben sie',
      'gib mir',
      'sagen sie mir',
      'verraten sie mir',
      'verrätst du mir',
      'schreiben sie',
      'brauche ihre',
      'benötige ihre',
      'benoetige ihre',
      'brauche ich',
      'benötige ich',
      'wie lautet',
      'was ist',
      'lassen sie mich wissen',
      'mitteilen',
      'angeben',
      'hinterlassen',
    ],
    emailQuestions: [
      'e-mail',
      'email',
      'e-mail-adresse',
      'email-adresse',
      'e-mailadresse',
      'emailadresse',
      'e-mail adresse',
      'email adresse',
      'mailadresse',
      'mail-adresse',
      'ihre e-mail',
      'ihre mail',
      'deine mail',
      'mail',
      'sie erreichen',
      'dich erreichen',
      'sie kontaktieren',
      'postfach',
    ],
    emailIs: [
      'meine e-mail',
      'meine email',
      'meine mail',
      'meine e-mail-adresse',
      'meine emailadresse',
      'meine mailadresse',
      'meine adresse',
      'mein e-mail',
      'mein email',
      'mein mail',
      'erreichbar unter',
      'meine ist',
    ],
    closings: [
      'mit freundlichen grüßen',
      'mit freundlichen grüssen',
      'mit freundlichen gruessen',
      'mit freundlichem gruß',
      'mit freundlichem gruss',
      'freundliche grüße',
      'freundliche grüsse',
      'freundliche gruesse',
      'mfg',
      'viele grüße',
      'viele grüsse',
      'viele gruesse',
      'vg',
      'liebe grüße',
      'liebe grüsse',
      'liebe gruesse',
      'lg',
      'beste grüße',
      'beste grüsse',
      'beste gruesse',
      'herzliche grüße',
      'herzliche grüsse',
      'herzliche gruesse',
      'schöne grüße',
      'schöne grüsse',
      'sonnige grüße',
      'herzlichst',
      'grüße',
      'grüsse',
      'gruesse',
      'gruß',
      'gruss',
      'danke',
      'vielen dank',
      'danke schön',
      'dankeschön',
      'besten dank',
      'danke im voraus',
      'hochachtungsvoll',
      'bis bald',
      'tschüss',
      'tschüs',
      'ciao',
    ],
    at: ['at', 'ät', 'klammeraffe', 'affenschwanz', 'affe'],
    dot: ['punkt'],
    corrections: [
      'sorry',
      'entschuldigung',
      'entschuldigen sie',
      'verzeihung',
      'ups',
      'korrektur',
      'ich meinte',
      'meinte',
      'gemeint ist',
      'falsch',
      'das war falsch',
      'nein,',
      'richtig ist',
      'richtig wäre',
      'richtig waere',
      'korrekt ist',
      'sollte heißen',
      'sollte heissen',
      'muss heißen',
      'muss heissen',
      'tippfehler',
      'vertippt',
      'ich habe mich vertippt',
      'hab mich vertippt',
      'stattdessen',
      'eigentlich',
    ],
    others: [
      'ihre mail',
      'ihre e-mail',
      'seine mail',
      'seine e-mail',
      'meine mutter',
      'mein vater',
      'meine tochter',
      'mein sohn',
      'meine schwester',
      'mein bruder',
      'geschenk für',
      'mein steuerberater',
      'mein kollege',
      'meine kollegin',
      'meines kollegen',
      'meiner kollegin',
      'meinem kollegen',
      'mein chef',
      'meine chefin',
      'meines chefs',
      'meiner chefin',
      'mein vorgesetzter',
      'meine vorgesetzte',
      'meine frau',
      'meiner frau',
      'mein mann',
      'meines mannes',
      'meinem mann',
      'mein partner',
      'meine partnerin',
      'mein sohn',
      'meines sohnes',
      'meine tochter',
      'meiner tochter',
      'meine mutter',
      'meiner mutter',
      'meine mama',
      'mein vater',
      'meines vaters',
      'mein papa',
      'mein bruder',
      'meine schwester',
      'mein freund',
      'meine freundin',
      'mein assistent',
      'meine assistentin',
      'meine sekretärin',
      'cc',
      'in kopie',
      'kopie an',
      'meinen kollegen',
      'meine kollegen',
      'meinen chef',
      'meinem chef',
      'meinen vorgesetzten',
      'meinen mann',
      'meinen sohn',
      'meinen bruder',
      'meinen vater',
      'meinen freund',
      'geschrieben an',
      'ich habe an',
      'habe schon an',
      'schrieb an',
      'mail von',
      'e-mail von',
      'nachricht von',
      'antwort von',
    ],
    stale: [
      'alt',
      'alte',
      'alter',
      'altes',
      'alten',
      'falsch',
      'falsche',
      'nicht mehr',
      'nicht mehr aktuell',
      'nicht aktuell',
      'veraltet',
      'ehemalig',
      'ehemalige',
      'früher',
      'frueher',
      'vorherige',
      'bisherige',
      'ungültig',
      'ungueltig',
      'inaktiv',
      'nicht meine',
      'nicht mein',
    ],
    negations: ['nicht', 'statt', 'anstatt', 'anstelle von', 'und nicht'],
    mailFrom: ['von', 'absender', 'antwort an'],
    refusals: [
      'lieber nicht',
      'möchte ich nicht',
      'will ich nicht',
      'nein danke',
      'kein kommentar',
      'wozu',
      'warum brauchen sie',
      'später',
    ],
    uncertain: [
      'nicht sicher',
      'weiß nicht',
      'weiss nicht',
      'entweder',
      'oder war es',
      'weiß nicht mehr',
      'ich schaue nach',
      'keine ahnung',
      'erinnere mich nicht',
    ],
    confirmations: ['ja', 'genau', 'richtig', 'stimmt', 'korrekt', 'jawohl'],
    mailTo: ['an'],
    contrasts: ['aber', 'jedoch', 'sondern'],
    titles: [
      'med',
      'dipl',
      'mag',
      'dr med',
      'herr',
      'herrn',
      'frau',
      'hr',
      'fr',
      'fräulein',
      'dr',
      'doktor',
      'dr. med',
      'dr med',
      'dr.-ing',
      'prof',
      'professor',
      'professorin',
      'dipl.-ing',
      'dipl-ing',
      'dipl.-kfm',
      'dipl',
      'ing',
      'mag',
      'mag.a',
      'priv.-doz',
      'rechtsanwalt',
      'rechtsanwältin',
    ],
  },
  intake: {
    stem: stemmer,
    compounds: true,
    letters: 'äöüß',
    generalStopwords: generalStopwords('de'),
    stopwords: [
      ...`hallo hi hey moin servus guten tag morgen abend bitte danke dankeschön mal eigentlich ne nen nem ner
    gibts gibt's gern gerne irgendwie grad gerade echt jetzt euch ihr habt hab brauch brauche brauchen alles
    ich möchte möchten würde würden könnt könnte könnten kann kannst man darf dürfen muss müssen soll sollen
    will wollen weiß wissen frage fragen kurz kurze eine einen einer einem ein mein meine meinen meiner meinem
    mir mich dir dich uns sie ihnen ihr ihre ihren was wie wo wann warum wer welche welcher welches ob
    schon noch auch nur ja nein ok okay okey genau so also denn doch halt eben etwa bzw usw z.b ca
    bei beim am im ins vom zum zur für mit ohne über unter auf aus an in zu von nach vor seit bis
    da dort hier heute gibt es sind ist war waren bin bist hat haben hatte hätte wird werden wurde geht gehen
    ungefähr etwa circa ca normalerweise eigentlich vielleicht wohl genau irgendwann
    machen mache macht lassen lass lässt stellen stell stelle geben gebe gibt nehmen nehme kommen komme gehen gehe bringen sagen tun tue wann warum wie wer wo was
    sorry entschuldigung tippfehler vertippt korrektur heiße heisse heißt lieber liebe`.split(/\s+/),
    ],
    shorthand: {
      pw: 'passwort',
      pwd: 'passwort',
      wlan: 'wlan',
      'e-mail': 'email',
      ebook: 'e-book',
      ebooks: 'e-books',
      tel: 'telefon',
      gibts: 'gibt es',
      nen: 'einen',
      ne: 'eine',
      abo: 'abonnement',
      kita: 'kindergarten',
      sa: 'samstag',
      std: 'stunde',
      stdn: 'stunden',
      min: 'minute',
      nr: 'nummer',
      evtl: 'eventuell',
      bzw: 'beziehungsweise',
      gehts: 'geht es',
      isses: 'ist es',
      haste: 'hast du',
      kannste: 'kannst du',
      wieviel: 'wie viel',
      wielange: 'wie lange',
      wochenend: 'wochenende',
    },
    phrases: {
      opening: ['Hallo! Ich bin {bot}. Wie kann ich Ihnen helfen?'],
      intro: ['Hallo, ich bin {bot}.'],
      introGreeted: ['Hallo{, first}! Ich bin {bot}.'],
      greet: ['Hallo{, first}!', 'Guten Tag{, first}!'],
      greetAgain: ['Hallo noch einmal{, first}!', 'Hallo{, first}!'],
      welcome: ['Schön, Sie kennenzulernen, {first}!', 'Danke, {first}!'],
      readBack: [
        'Danke – unser Team antwortet Ihnen an {email}.',
        'Alles klar – unser Team meldet sich unter {email}.',
      ],
      declined: ['Kein Problem.', 'Das ist in Ordnung.'],
      thanked: [
        'Gern geschehen{, first}!',
        'Gerne{, first}!',
        'Freut mich, dass ich helfen konnte{, first}!',
      ],
      thankedEarly: ['Gern geschehen{, first}!'],
      confirmed: ['Perfekt{, first}.', 'Danke{, first}.'],
      answerLead: ['', 'Dazu kann ich Ihnen Folgendes sagen:'],
      problemLead: ['Folgendes kann ich Ihnen dazu sagen:', 'Das hier hilft vielleicht:'],
      onlyIn: [
        'Diese Information habe ich nur auf {language}:',
        'Das gibt es bei mir leider nur auf {language}:',
      ],
      sameAnswer: [
        'Das steht schon in meiner Antwort oben.',
        'Meine Antwort oben ist alles, was ich dazu weiß.',
      ],
      unknown: [
        'Das weiß ich leider nicht, und ich möchte nicht raten.',
        'Dazu habe ich leider keine Information – und raten möchte ich nicht.',
      ],
      offerAfterAnswer: [
        'Falls das nicht weiterhilft, kann Ihnen jemand aus unserem Team helfen.',
        'Wenn Sie mehr brauchen, übernimmt gern eine Person aus unserem Team.',
      ],
      offerStatement: [
        'Jemand aus unserem Team kann Ihnen dabei aber helfen.',
        'Eine Person aus unserem Team kann Ihnen dabei helfen.',
      ],
      offerQuestion: [
        'Soll ich das an jemanden aus unserem Team weitergeben?',
        'Möchten Sie, dass ich Sie an eine Person aus unserem Team weiterleite?',
      ],
      handoverAsked: [
        'Natürlich{, first} – ich gebe das jetzt an unser Team weiter.',
        'Gern{, first}. Ich leite Sie an eine Person aus unserem Team weiter.',
      ],
      handoverFrustrated: [
        'Es tut mir leid, dass das so ärgerlich war{, first}. Ich gebe das jetzt an eine Person aus unserem Team weiter.',
        'Das tut mir wirklich leid{, first} – ich leite Sie an eine Person aus unserem Team weiter.',
      ],
      handoverStuck: [
        'Das weiß ich leider auch nicht{, first}. Ich gebe das an unser Team weiter, damit Ihnen eine Person hilft.',
      ],
      handoverAccepted: [
        'Gut{, first} – ich gebe das jetzt an unser Team weiter.',
        'Erledigt{, first} – eine Person aus unserem Team übernimmt.',
      ],
      handoverUrgent: [
        'Das klingt dringend{, first}. Wenn jemand in Gefahr ist, rufen Sie bitte sofort den Notruf 112. Ich verständige jetzt eine Person aus unserem Team.',
      ],
      handoverDispute: [
        'Ich verstehe{, first}. Das muss sich eine Person aus unserem Team ansehen – ich gebe es jetzt weiter.',
        'Danke für den Hinweis{, first}. Ich leite das an eine Person aus unserem Team weiter, die sich darum kümmert.',
      ],
      alreadyHanded: [
        'Ich habe das für die Person aus unserem Team ergänzt, die übernimmt{, first}.',
        'Unser Team hat Ihr Gespräch bereits{, first} – ich habe das ergänzt.',
      ],
      askEmailFirst: [
        'Unter welcher E-Mail-Adresse kann man Sie am besten erreichen?',
        'Damit man Ihnen antworten kann: Wie lautet Ihre E-Mail-Adresse?',
      ],
      theyReply: ['Die Antwort kommt an {email}.', 'Man meldet sich bei Ihnen unter {email}.'],
      tellMore: ['Wenn Sie mögen, sagen Sie mir kurz, worum es geht – dann geht es schneller.'],
      goOn: ['Gern – worum geht es?', 'Natürlich. Was ist passiert?'],
      goOnQuestion: ['Gern – was möchten Sie wissen?', 'Natürlich, fragen Sie nur – was ist Ihre Frage?'],
      askName: [
        'Darf ich nach Ihrem Namen fragen, damit unser Team weiß, mit wem es spricht?',
        'Wie ist Ihr Name?',
      ],
      askEmail: [
        'Unter welcher E-Mail-Adresse erreicht Sie unser Team am besten?',
        'Und wie lautet Ihre E-Mail-Adresse, falls unser Team nachfragen muss?',
      ],
      afterAnswer: ['Kann ich sonst noch helfen?', 'Beantwortet das Ihre Frage?', 'Hilft Ihnen das weiter?'],
      anythingElse: ['Kann ich sonst noch etwas für Sie tun?', 'Kann ich noch bei etwas helfen?'],
      teamWillFollow: [
        'Jemand aus unserem Team meldet sich bald bei Ihnen.',
        'Unser Team kümmert sich in Kürze darum.',
      ],
      goodbye: ['Einen schönen Tag noch!', 'Alles Gute!'],
      howCanIHelp: ['Wobei kann ich Ihnen helfen?', 'Wie kann ich helfen?'],
    },
    smallTalk: {
      greeting: [
        'hallo',
        'hi',
        'hey',
        'moin',
        'servus',
        'grüß gott',
        'grüezi',
        'guten (?:tag|morgen|abend)',
        'zusammen',
        'ihr',
        'liebes team',
        'team',
      ],
      closing: [
        'danke|dankeschön|vielen|herzlichen|dank|schön|schoen|sehr|super|toll|prima|perfekt|gut|alles|klar|ok|okay|tschüss|tschuss|tschö|ciao|bis|dann|später|bald|auf|wiedersehen|wiederhören|schönen|tag|abend|wochenende|noch|das|wars|war|es|wär|nein|nichts|mehr|mfg|lg|gruß|grüße',
      ],
      closingCue: [
        'danke|dankeschön|vielen dank|tschüss|tschuss|tschö|ciao|auf wiedersehen|das wars|das war.s|schönen (?:tag|abend)',
      ],
      yes: [
        'ja|jawohl|jep|jo|genau|richtig|stimmt|korrekt|gern|gerne|bitte|ok|okay|klar|sicher|passt|das|ist|so|perfekt|gut|super|danke',
      ],
      yesCue: ['ja|jawohl|jep|jo|genau|richtig|stimmt|korrekt|gern|gerne|ok|okay|klar|sicher|passt'],
      decline: [
        'lieber nicht|möchte ich nicht|will ich nicht|nein danke|geht sie nichts an|wozu brauchen sie|überspringen',
      ],
      no: ['nein|ne|nö|nee'],
      vague: [
        'hilfe|helfen|frage|fragen|problem|probleme|anliegen|etwas|was|dringend|kurze|kurz|jemand|unterstützung|support',
      ],
      followUp: ['und', 'auch', 'was ist mit', 'wie ist es mit', 'wie sieht es mit', 'und wenn', 'gilt das'],
      question: [
        'wie|was|wann|wo|wohin|woher|warum|wieso|weshalb|wer|welche[rsnm]?|kann|können|kannst|könnt|darf|dürfen|gibt|habt|haben|hat|ist|sind|muss|müssen|soll|wird|werden|funktioniert',
      ],
      emailWord: ['e-?mail(?:-?adresse)?'],
      nameWord: ['namen?'],
    },
    handover: {
      person: [
        '(?:mit|zu) (?:einem|einer|jemandem|ihrem|ihrer|der|dem|den|eurer|eurem)? ?[\\p{L}-]+ (?:sprechen|reden|verbinden|telefonieren)',
        '(?:sprechen|reden) (?:mit|zu)',
        '(?:jemanden|jemand|einen menschen|einen mitarbeiter|eine mitarbeiterin) (?:sprechen|erreichen)',
        'verbinden sie mich',
        'verbinde mich',
        'stellen sie mich',
        'zurückrufen',
        'rückruf',
        'ruf(?:en sie)? mich (?:bitte )?(?:zurück|an)',
        'melden sie sich',
        'mensch(?:en)?',
        'echte[nrm]? person',
        'mitarbeiter(?:in|innen)?',
        'sachbearbeiter(?:in)?',
        'kundendienst',
        'mit wem (?:kann|muss|soll) ich (?:sprechen|reden)|an wen (?:kann|muss|soll) ich mich wenden',
        'schicken sie (?:bitte )?jemanden|jemand (?:muss|soll) (?:sofort )?(?:kommen|vorbeikommen)',
        '(?:brauche|will|möchte) (?:die|den|das|eine[nm]?) [\\p{L}-]*(?:abteilung|team|leitung|chef\\p{L}*|vorgesetzte\\p{L}*)',
        '(?:der|dem|den|ihrem|ihren|eurem|euren) (?:chef|inhaber|verantwortlichen|zuständigen)|wer ist (?:hier )?zuständig',
        'mich (?:bitte )?(?:zurück)?(?:anrufen|kontaktieren)|ruft mich (?:bitte )?(?:zurück|an)',
        'ansprechpartner(?:in)?|ansprechperson|zuständige[nr]? (?:person|mitarbeiter\\p{L}*)',
        '(?:kann|könnte|würde) mich (?:bitte )?(?:jemand|ein[e]? [\\p{L}-]+) (?:zurück)?(?:anrufen|kontaktieren|zurückrufen)',
        'mit (?:jemandem|einem menschen|einer person|einem mitarbeiter|einer mitarbeiterin)(?: [\\p{L}-]+){0,4} (?:sprechen|reden|telefonieren)',
        '(?:jemanden|einen menschen|eine person|einen mitarbeiter|eine mitarbeiterin) (?:erreiche|erreichen|ans telefon|am telefon)',
      ],
      notPerson: ['(?:brauche|will|möchte) (?:keinen|keine) (?:menschen|mitarbeiter|person)'],
      dispute: [
        '(?:ihr habt|sie haben|man hat) mir [^.!?]{0,40}(?:berechnet|abgebucht|abgezogen|in rechnung gestellt)',
        '(?:doppelt|zu viel|falsch|unberechtigt) (?:berechnet|abgebucht|bezahlt)',
        '(?:zahle|bezahle|zahl) ich nicht',
        'nicht (?:bezahlen|zahlen)',
        'geld zurück',
        'zurückerstatt\\p{L}*',
        'rückerstattung (?:verlange|will|möchte|fordere)',
        '(?:verlange|will|möchte|fordere) [^.!?]{0,30}(?:zurück|erstattet|rückerstattung|erstattung)',
        'widerspruch',
        'reklamation',
        '(?:rechnung|abbuchung|betrag)[^.!?]{0,30} (?:ist |war )?falsch',
        'falsch (?:abgebucht|berechnet)',
        'wer (?:zahlt|bezahlt|kommt) (?:dafür|für den schaden)',
        '(?:abgelehnt|zurückgewiesen) (?:wurde|worden)|(?:haben|habt) (?:meinen|meine|unseren) [\\p{L}-]+ abgelehnt|(?:antrag|schaden|erstattung|erstattungsantrag|leistungsantrag) (?:wurde|ist) abgelehnt',
        '(?:lege|werde|will|möchte) [^.!?]{0,20}(?:widerspruch|einspruch)',
        '(?:immer noch|noch immer) (?:kein|keine) (?:geld|erstattung|rückzahlung)',
        '(?:trotz|nach) (?:der |meiner )?kündigung [^.!?]{0,30}(?:abgebucht|berechnet|abgezogen)|(?:bucht|buchen) (?:immer noch|weiterhin) ab',
        'nie bestellt|nicht (?:autorisiert|genehmigt|bestellt)',
        '(?:ihr habt|sie haben|man hat) (?:mein\\p{L}*|unser\\p{L}*|die|den|das) (?:[\\p{L}-]+ )?(?:verloren|beschädigt|kaputt gemacht|zerkratzt|gelöscht|verwechselt)',
        '(?:trotzdem|dennoch|weiterhin|immer noch) (?:abgebucht|berechnet|kassiert)',
        '(?:wurde|ist) (?:bei euch|bei ihnen|in ihrem|in eurem) [^.!?]{0,30}(?:gestohlen|beschädigt|verloren)|(?:bei euch|bei ihnen) (?:gestohlen|beschädigt|verloren gegangen)',
        '(?:der|die|ihr|euer|eure|ihre) [\\p{L}-]+ hat (?:mein\\p{L}*|unser\\p{L}*) [\\p{L}-]+ (?:zerkratzt|beschädigt|kaputt gemacht|verloren|verwechselt|gelöscht)',
        '(?:bucht|bucht ihr|buchen sie|zieht ihr|ziehen sie) (?:trotzdem|immer noch|weiterhin) [^.!?]{0,20}ab|trotzdem (?:ab)?gebucht',
        '(?:total |völlig |echt |sehr )?unfair|ungerecht',
        '(?:ihr ignoriert|sie ignorieren|ignoriert) (?:mich|meine|unsere)',
      ],
      legal: [
        'anwalt|anwältin|rechtsanwalt|rechtsanwältin',
        'verklagen|klage|gericht',
        'datenschutzbeauftragte\\p{L}*',
        'verbraucherzentrale',
        'aufsichtsbehörde',
        'polizei',
        '(?:das|dies|euch|sie) (?:melde|zeige) ich|melde (?:ich )?(?:euch|sie|das) (?:bei|an)|zeige (?:euch|sie) an|anzeige erstatten',
        'rechtliche schritte',
        'auskunftsrecht|auskunft nach|irreführend|rechtsberatung|betrug',
        '(?:möchte|will) (?:mich )?beschweren|beschwerde (?:einlegen|einreichen|erheben) (?:werde|möchte|will)|offizielle beschwerde|eskalier\\p{L}*',
        'schlechte bewertung|bewertung schreiben',
      ],
      frustration: [
        'nutzlos\\p{L}*',
        'sinnlos',
        'lächerlich',
        'unverschämt\\p{L}*',
        'frechheit',
        'zumutung',
        'katastrophe',
        'unmöglich',
        'schlecht\\p{L}*',
        'unfähig',
        'ärgerlich',
        'sauer',
        'wütend',
        'echt jetzt',
        '(?:das|es) hilft (?:mir )?(?:nicht|nichts|kein)',
        'hilft mir nicht weiter',
        'nicht (?:hilfreich|geholfen)',
        'das habe ich nicht gefragt',
        'verstehst du mich nicht',
        'betrüger\\p{L}*|abzocke\\p{L}*|diebe|unhöflich|frech',
        '(?:bin|sind) (?:so |total |echt |sehr )?(?:wütend|sauer|empört|verärgert)|schlimmste',
        '(?:sehr |total |echt |so |ziemlich )?enttäuscht|unzufrieden|nicht zufrieden',
        '(?:sie|du) (?:verstehen|verstehst) (?:mich )?nicht',
        'stinksauer|stocksauer|fuchsteufelswild|(?:reicht|langt) mir',
      ],
      repeated: [
        '(?:zweite|dritte|vierte|fünfte|\\d+\\.) mal',
        'schon (?:wieder|mehrmals|zweimal|dreimal|oft)',
        'niemand (?:antwortet|meldet sich|hilft)',
        'immer noch keine antwort',
        'warte (?:schon |seit )?(?:über |mehr als )?(?:\\d+|zwei|drei|vier|fünf|sechs|mehreren|vielen) (?:tagen?|wochen?|monaten?)',
        '(?:immer noch|noch immer) nicht (?:behoben|repariert|erledigt|gelöst)',
        '(?:niemand|keiner) hat sich (?:bei mir )?(?:gemeldet|zurückgemeldet)|(?:mehrmals|mehrfach|x-mal|zigmal|\\d+ ?mal) (?:geschrieben|angerufen|gefragt|gemailt)|wie oft (?:muss|soll) ich',
        '(?:warte|warten) (?:jetzt |nun )?(?:schon |bereits |seit )+(?:über |mehr als )?(?:\\d+|zwei|drei|vier|fünf|sechs|mehreren|vielen|einer|einem) (?:tagen?|wochen?|monaten?|woche|monat)',
        '(?:niemand|keiner) (?:ruft|meldet sich|antwortet) (?:mich )?(?:zurück|an)?',
        '(?:beantwortet|beantworten|beantwortest) (?:meine|die) frage nicht|(?:meine|die) frage nicht beantwortet|(?:das|es) ist nicht (?:meine|die) frage|keine antwort auf (?:meine|die) frage|falsche antwort|immer (?:die )?gleiche antwort',
      ],
      urgent: [
        'notfall',
        'zusammengebrochen',
        'bewusstlos',
        'reagiert nicht',
        'atmet nicht',
        'keine luft',
        '(?:starke|unerträgliche|heftige) schmerzen',
        'blutet (?:stark|sehr)',
        'hört nicht auf zu bluten',
        'feuer|es brennt|brennt es|in brand|brand (?:im|in|ausgebrochen)',
        'rauch',
        '(?:riecht|geruch) [^.!?]{0,20}gas',
        'gasgeruch',
        'verschluckt',
        'allergische reaktion',
        'krankenwagen|rettungswagen|notarzt',
        'in gefahr',
        'verletzt',
        'atemnot|kann (?:kaum |nicht )?atmen|schwer (?:zu )?atmen',
        'geschwollen|schwillt',
        'vergiftung|vergiftet|(?:getrunken|geschluckt|eingenommen) und',
        'schwindlig',
        'brandgeruch|riecht (?:verbrannt|verschmort|nach verbranntem)|funken',
        '(?:blanke|offene|freiliegende|lose) (?:kabel|leitungen|drähte)',
        'wasserschaden|überschwemm\\p{L}*|wasser (?:kommt|läuft|dringt|tropft) (?:rein|herein|durch)',
        'ausgesperrt',
        '(?:es ist|das ist) ein notfall|angefahren|überfahren',
        '(?:arm|bein|handgelenk|schlüsselbein) gebrochen|gehirnerschütterung|(?:im|ins) krankenhaus|notaufnahme',
        'blutet (?:stark|überall)|viel blut|erbricht blut',
        'bremsen? (?:versagt|ausgefallen)|(?:kann|konnte) nicht (?:mehr )?(?:stehen|laufen|aufstehen)',
        'gehackt|jemand hat sich (?:in|bei) mein\\p{L}* konto|unbefugt\\p{L}* zugriff|datenleck|datenpanne|(?:alle )?(?:meine )?(?:daten|dateien|projekte) (?:sind )?(?:weg|verschwunden|gelöscht)',
        'kopf (?:angeschlagen|gestoßen)|brustschmerzen|schlaganfall',
        '(?:kind|sohn|tochter|mutter|vater|mann|frau) (?:ist )?(?:verschwunden|vermisst|weg)|(?:vermisse|finde) mein(?:en|e)? (?:kind|sohn|tochter)',
        'bedroht|angegriffen|überfallen|gestürzt|hingefallen',
        'verbrüht|(?:verbrannt|verbrennung) (?:an|am|mit)|lebensmittelvergiftung|(?:glas|metall|plastik) in (?:meinem|meiner|dem|der)|hals (?:schnürt|wird eng|ist eng)',
        '(?:hund|katze|welpe|haustier) hat [^.!?]{0,30}(?:gefressen|verschluckt|geschluckt)|(?:ratten|schnecken)?gift (?:gefressen|geschluckt)',
      ],
    },
    concepts: `
open: offen, geöffnet, öffnen, öffnet, aufhaben, auf haben, öffnungszeiten, öffnungszeit
close: geschlossen, schließen, schließt, zu haben
hours: öffnungszeiten, öffnungszeit, uhrzeiten, wann geöffnet
monday: montag, montags
tuesday: dienstag, dienstags
wednesday: mittwoch, mittwochs
thursday: donnerstag, donnerstags
friday: freitag, freitags
saturday: samstag, samstags, sonnabend
sunday: sonntag, sonntags
weekend: wochenende, wochenenden
weekend: samstag, samstags, sonnabend, sonntag, sonntags
holiday: feiertag, feiertage, feiertagen, ferien
today: heute, heute abend
tomorrow: morgen
evening: abends, abend, nach feierabend, nachts, nach ladenschluss
morning: morgens, vormittag, vormittags
duration: wie lange, dauer, dauert, dauern
time: uhrzeit, wann genau, um wie viel uhr
week: woche, wochen, wöchentlich
month: monat, monate, monatlich
year: jahr, jahre, jahren, jährlich, jahres
day: tag, tage, tagen, täglich
minute: minute, minuten
price: preis, preise, kosten, kostet, gebühr, gebühren, entgelt, entgelte, wie viel, wieviel, was kostet, teuer, billig, tarif, tarife
free: kostenlos, gratis, umsonst, gebührenfrei, nichts zahlen, frei
pay: zahlen, bezahlen, zahlung, bezahlung, zahle, bezahlt
creditcard: kreditkarte, kreditkarten, ec-karte, girocard, debitkarte, karte zahlen
cash: bar, bargeld, barzahlung
transfer: überweisung, überweisen, lastschrift
installment: ratenzahlung, raten, finanzierung, monatlich zahlen
invoice: rechnung, rechnungen, quittung, beleg
refund: erstattung, rückerstattung, erstatten, zurückerstatten, geld zurück
discount: ermäßigung, ermäßigt, rabatt, vergünstigung, günstiger, gutschein code
insurance: versicherung, versichert, versichern, versicherer
claim: schadensmeldung, anspruch, einreichen, schaden melden
cover: deckung, abgedeckt, übernimmt, übernommen
excess: selbstbeteiligung
subscription: abo, abonnement, tarif, mitgliedschaft
member: mitglied, mitglieder, mitgliedschaft
cancel: kündigen, kündigung, stornieren, storno, absagen, abmelden
change: ändern, änderung, verschieben, umbuchen, wechseln
move: umziehen, umzug, wegziehen, ziehe
upgrade: upgrade, downgrade, hochstufen
appointment: termin, termine, terminvereinbarung, buchung, sprechstunde
appointment: termin machen, termin vereinbaren, termin buchen
reserve: vormerken, vormerkung, reservieren, reservierung, warteliste, anstellen
account: konto, kundenkonto, benutzerkonto, profil, mein konto
login: anmelden, einloggen, login, anmeldung
password: passwort, kennwort, pin
forgot: vergessen, zurücksetzen
register: registrieren, registrierung, anmelden, anmeldung, beitreten
email: email, e-mail, mail
phone: telefon, telefonisch, anrufen, handynummer, telefonnummer
address: adresse, anschrift, standort, wo seid ihr, wo sind sie, wo finde ich
parking: parken, parkplatz, parkplätze, parkhaus, auto, abstellen
transport: bus, bahn, u-bahn, s-bahn, haltestelle, straßenbahn, tram, öffentliche verkehrsmittel, station, bahnhof
bike: fahrrad, fahrräder, rad, e-bike, fahrradanhänger
access: rollstuhl, barrierefrei, barrierefreiheit, behindert, behinderung, rampe, stufen
lift: aufzug, fahrstuhl, lift
toilet: toilette, toiletten, wc
child: kind, kinder, kindern, sohn, tochter, baby, kleinkind, kita
teen: jugendliche, jugendlichen, teenager
parent: eltern, elternteil, mutter, vater, mama, papa, erziehungsberechtigte, erziehungsberechtigten
adult: erwachsene, erwachsenen, erwachsener
age: alter, jahre alt, jährige, jährigen, ab wie viel jahren
student: student, studenten, studierende, schüler, schülerin, azubi, auszubildende
senior: senioren, rentner, rentnerin, ältere
family: familie, familien
new: neu, neue, neuer, neuen
customer: kunde, kunden, kundin, patient, patienten, nutzer
staff: mitarbeiter, mitarbeiterin, personal, kollege
person: mensch, person, jemand echtes
language: sprache, sprachen, sprechen, spricht
english: englisch
german: deutsch
french: französisch
spanish: spanisch
italian: italienisch
portuguese: portugiesisch
dutch: niederländisch
polish: polnisch
turkish: türkisch
online: online, website, webseite, internet, homepage, im netz
app: app, apps, anwendung
download: herunterladen, download
install: installieren, installation, einrichten
device: gerät, geräte, tablet, smartphone, handy
computer: computer, pc, laptop, laptops, rechner
wifi: wlan, wifi, internetzugang, hotspot
print: drucken, ausdruck, ausdrucken, drucker
copy: kopie, kopien, kopieren
scan: scannen, scan, scanner
ebook: e-book, e-books, hörbuch, e-reader, onleihe
borrow: ausleihen, leihen, ausleihe, verleihen, mieten, miete
return: zurückgeben, rückgabe, zurückbringen, abgeben, zurückschicken
late: zu spät, verspätet, verspätung, überschritten, überzogen
lost: verloren, verlieren, gestohlen, verlegt, abhanden
damage: beschädigt, kaputt, zerrissen, schaden, beschädigung, defekt, verschüttet, gekippt, fleck
repair: reparatur, reparieren, reparaturen
service: wartung, inspektion, durchsicht
replace: ersetzen, ersatz, umtauschen, austauschen
deliver: liefern, lieferung, versand, versenden, verschicken, zustellung, paket, lieferzeit
order: bestellung, bestellen, bestellt, kaufen, gekauft
track: sendungsverfolgung, verfolgen, status
stock: verfügbar, vorrätig, lieferbar, ausverkauft, bestand
size: größe, größen, rahmengröße
colour: farbe, farben, farbig
warranty: garantie, gewährleistung
trial: probefahrt, testen, probe, testzeitraum, probezeit
test: prüfung, test, einstufungstest
certificate: zertifikat, zeugnis
level: niveau, stufe, anfänger, fortgeschrittene
lesson: kurs, kurse, unterricht, stunde, lektion, klasse
teacher: lehrer, lehrerin, lehrkraft, lehrkräfte, tutor
team: team, firma, unternehmen, geschäft
group: gruppe, gruppen, klasse, schulklasse
user: nutzer, benutzer, lizenz
privacy: datenschutz, daten, dsgvo, persönliche daten
delete: löschen, entfernen
complaint: beschwerde, beschweren, beschwerden, reklamation, anregung, anregungen, feedback, kritik
contact: kontakt, kontaktieren, erreichen, kontaktformular
emergency: notfall, dringend, sofort
pain: schmerzen, schmerz, weh, tut weh, zahnschmerzen
tooth: zahn, zähne, zahnarzt
doctor: arzt, ärztin, zahnarzt, zahnärztin, tierarzt
nurse: krankenschwester, pfleger, dentalhygienikerin
nervous: angst, ängstlich, nervös, panik, fürchte
sedation: narkose, betäubung, sedierung, beruhigungsmittel
pregnant: schwanger, schwangerschaft, stillen
pet: haustier, haustiere, tier, tiere
dog: hund, hunde, welpe
cat: katze, katzen, kätzchen
vaccine: impfung, impfen, geimpft
illness: krankheit, krank, erkrankung
treatment: behandlung, behandeln, therapie
surgery: operation, op
medicine: medikament, medikamente, rezept
accident: unfall, verletzung, verletzt
food: essen, snack, mahlzeit
drink: trinken, getränke, kaffee, café
gift: geschenk, gutschein, gutscheine
donate: spenden, spende, abgeben, schenken
event: veranstaltung, veranstaltungen, workshop, feier, party, geburtstag
tour: führung, führungen, rundgang
room: raum, räume, gruppenraum, lernraum, saal
desk: arbeitsplatz, arbeitsplätze, lernplatz, platz
document: dokument, dokumente, formular, unterlagen
id: ausweis, personalausweis, reisepass, pass, meldebescheinigung
record: akte, unterlagen, daten
result: ergebnis, ergebnisse
calendar: kalender
sync: synchronisieren, synchronisierung, sync
export: exportieren, export
import: importieren, import
share: teilen, freigeben, einladen
notification: benachrichtigung, erinnerung, erinnerungen, mahnung
offline: offline, ohne internet
error: fehler, absturz, stürzt ab, funktioniert nicht, geht nicht
slow: langsam, lädt
upload: hochladen, anhängen
storage: speicher, speicherplatz
security: sicherheit, sicher
country: ausland, land, länder, international
travel: reise, reisen, urlaub
battery: akku, batterie, ladegerät
tyre: reifen, platten, schlauch
brake: bremse, bremsen
lock: schloss
helmet: helm
renew: verlängern, verlängerung, verlängert
card: karte, ausweis, bibliotheksausweis, mitgliedskarte, kundenkarte
library: bibliothek, bücherei, stadtbibliothek
near: nächste, nächsten, in der nähe, nahe
black: schwarz, schwarz-weiß, schwarzweiß
white: weiß, schwarz-weiß, schwarzweiß
accept: aufnehmen, annehmen, akzeptieren, akzeptiert, nehmt ihr
book: buch, bücher, roman, romane, kinderbuch, bilderbuch
notice: vorher, im voraus, frist, vorlauf
weather: wetter, regen, schnee, bewölkt, wolken, wolkig, sonne, sonnig, winter
install: montage, montieren, einbau, einbauen, installateur, monteur, monteure
power: strom, elektrizität, energie, stromausfall
product: produkt, produkte, artikel, ware, waren
sell: verkaufen, verkauft
price: günstig, günstigste, billig, billigste, preiswert
expire: ablaufen, verfallen, verfällt, abgelaufen, ablaufdatum, haltbarkeit, gültig, gültigkeit
birthday: geburtstag
loyalty: treuepunkte, punkte, prämie, bonus
staff: subunternehmer, techniker, elektriker, angestellte
contract: vertrag, verträge, unterschrieben, unterschreiben, widerruf, widerrufsrecht
collect: abholen, abholung
home: haus, wohnung, zuhause
cable: kabel, ethernet, lan, anschluss, anschlüsse, usb, hdmi
screen: bildschirm, monitor, beamer, display
advice: beratung, beraten, empfehlung, empfehlen
guest: gast, gäste, besucher, besuch
quiet: ruhig, ruhe, lärm, leise, stören
clean: reinigen, reinigung, putzen, waschen, sauber
mistake: fehler, falsch, vertan
xray: röntgen, röntgenbild, röntgenbilder
`,
  },
};
