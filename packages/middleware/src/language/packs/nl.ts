import { stemmer } from '@orama/stemmers/dutch';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * Dutch (Nederlands), in the polite "u" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const nl: LanguageData = {
  code: 'nl',
  stopwordList: 'nld',
  frequencyList: 'dutch',
  contact: {
    nameIs: [
      'ondergetekende',
      'mijn naam is',
      'ik heet',
      'mijn volledige naam is',
      'mijn echte naam is',
      'de naam is',
      'naam is',
      'ze noemen me',
      'noem me maar',
      'noem me',
      'mijn naam',
      'de ondergetekende',
    ],
    givenNameIs: ['mijn voornaam is', 'voornaam is', 'voornaam:', 'mijn roepnaam is', 'roepnaam:'],
    familyNameIs: [
      'mijn achternaam is',
      'achternaam is',
      'achternaam:',
      'mijn familienaam is',
      'familienaam:',
    ],
    introductions: [
      '^ik,',
      'ik ben',
      '^hier is',
      '^met',
      '^dit is',
      '^hier',
      'u spreekt met',
      'je spreekt met',
      'je praat met',
      'u chat met',
      'je chat met',
    ],
    asides: ['trouwens', 'overigens', 'btw'],
    nameThen: ['hier', 'aan de lijn', 'aan het woord'],
    nameLabels: [
      'naam',
      'volledige naam',
      'voornaam',
      'achternaam',
      'voor- en achternaam',
      'klantnaam',
      'klant',
      'contactpersoon',
      'aanvrager',
      'tenaamstelling',
      't.a.v',
      'tav',
    ],
    fillers: [
      'met',
      'op naam van',
      'ja',
      'jazeker',
      'jawel',
      'ja hoor',
      'jep',
      'jup',
      'zeker',
      'natuurlijk',
      'tuurlijk',
      'uiteraard',
      'prima',
      'oké',
      'oke',
      'ok',
      'okay',
      'goed',
      'is goed',
      'geen probleem',
      'graag',
      'graag gedaan',
      'alsjeblieft',
      'alstublieft',
      'hier',
      'bij deze',
      'het is',
      'dat is',
      'ik ben het',
      'nou',
      'eh',
      'uh',
      'hm',
      'dank je',
      'bedankt',
      'sorry',
      'eigenlijk',
    ],
    greetings: [
      'hallo',
      'hallo allemaal',
      'hallo daar',
      'hoi',
      'hoi hoi',
      'hai',
      'hee',
      'goedemorgen',
      'goedemiddag',
      'goedenavond',
      'goedendag',
      'goeiedag',
      'goeiemorgen',
      'goeiemiddag',
      'goeienavond',
      'dag',
      'beste',
      'beste team',
      'geachte',
      'geachte heer',
      'geachte mevrouw',
      'geachte heer of mevrouw',
      'geachte heer/mevrouw',
    ],
    nameStops: [
      'en',
      'uit',
      'met',
      'bij',
      'voor',
      'in',
      'op',
      'of',
      'maar',
      'ik',
      'wil',
      'zou',
      'graag',
      'alsjeblieft',
      'alstublieft',
      'bedankt',
      'dank',
      'hier',
      'want',
      'dus',
      'heb',
      'woon',
      'aan',
      'naar',
      'omdat',
      'erg',
      'heel',
      'zeer',
      'echt',
      'best',
      'zo',
      'al',
      'nog',
      'niet',
      'behoorlijk',
      'super',
    ],
    nameQuestions: [
      'uw naam',
      'je naam',
      'jouw naam',
      'uw volledige naam',
      'je volledige naam',
      'hoe heet u',
      'hoe heet je',
      'hoe heet jij',
      'wat is uw naam',
      'wat is je naam',
      'hoe mag ik u noemen',
      'hoe mag ik je noemen',
      'hoe kan ik u aanspreken',
      'hoe mag ik u aanspreken',
      'met wie spreek ik',
      'met wie heb ik het genoegen',
      'met wie chat ik',
      'op welke naam',
      'op wiens naam',
      'uw gegevens',
      'je gegevens',
      'uw voor- en achternaam',
      'voor- en achternaam',
      'wie bent u',
    ],
    givenNameQuestions: ['voornaam', 'uw voornaam', 'je voornaam', 'roepnaam'],
    familyNameQuestions: ['achternaam', 'uw achternaam', 'je achternaam', 'familienaam'],
    requests: [
      'alstublieft',
      'alsjeblieft',
      'aub',
      'a.u.b',
      'ajb',
      'graag',
      'zou u',
      'zou je',
      'kunt u',
      'kun je',
      'wilt u',
      'wil je',
      'mag ik',
      'kan ik',
      'laat u',
      'laat me weten',
      'laat het weten',
      'geeft u',
      'geef',
      'vul',
      'vermeld',
      'noem',
      'wat is',
      'ik heb nodig',
      'heb ik nodig',
    ],
    emailQuestions: [
      'e-mailadres',
      'emailadres',
      'mailadres',
      'e-mail adres',
      'email adres',
      'e-mail',
      'email',
      'mail',
      'uw e-mail',
      'je e-mail',
      'uw mail',
      'contact opnemen',
      'u bereiken',
      'je bereiken',
      'mailen',
    ],
    emailIs: [
      'mijn e-mail',
      'mijn email',
      'mijn mail',
      'mijn e-mailadres',
      'mijn emailadres',
      'mijn mailadres',
      'mijn adres',
      'de mijne',
    ],
    closings: [
      'met vriendelijke groet',
      'met vriendelijke groeten',
      'vriendelijke groet',
      'vriendelijke groeten',
      'vriendelijke groetjes',
      'mvg',
      'met groet',
      'groet',
      'groeten',
      'groetjes',
      'hartelijke groet',
      'hartelijke groeten',
      'met hartelijke groet',
      'hartelijk dank',
      'gr',
      'grt',
      'grtz',
      'dank je wel',
      'dank u wel',
      'bedankt',
      'alvast bedankt',
      'bij voorbaat dank',
      'dank',
      'tot ziens',
      'doei',
      'fijne dag',
      'een fijne dag',
      'hoogachtend',
      'liefs',
    ],
    at: ['apenstaartje', 'apestaartje', 'at'],
    dot: ['punt'],
    corrections: [
      'sorry',
      'excuus',
      'excuses',
      'pardon',
      'oeps',
      'ik bedoelde',
      'bedoelde',
      'ik bedoel',
      'correctie',
      'verkeerd',
      'fout',
      'nee,',
      'het juiste is',
      'moet zijn',
      'moest zijn',
      'typfout',
      'tikfout',
      'vergissing',
      'ik vergiste me',
      'in plaats van',
      'eigenlijk',
    ],
    others: [
      'haar mail',
      'zijn mail',
      'haar e-mail',
      'zijn e-mail',
      'van mijn vrouw',
      'van mijn man',
      'mijn collega',
      'mijn baas',
      'mijn leidinggevende',
      'mijn manager',
      'mijn vrouw',
      'mijn man',
      'mijn echtgenote',
      'mijn echtgenoot',
      'mijn partner',
      'mijn vriend',
      'mijn vriendin',
      'mijn zoon',
      'mijn dochter',
      'mijn moeder',
      'mijn vader',
      'mijn broer',
      'mijn zus',
      'mijn assistent',
      'mijn assistente',
      'mijn secretaresse',
      'kopie aan',
      'cc',
      'gemaild naar',
      'geschreven naar',
      'gemaild aan',
      'mail van',
      'e-mail van',
      'bericht van',
      'antwoord van',
    ],
    stale: [
      'oud',
      'oude',
      'niet meer',
      'gebruik ik niet meer',
      'verouderd',
      'verouderde',
      'vorig',
      'vorige',
      'eerdere',
      'verkeerd',
      'verkeerde',
      'fout',
      'foute',
      'onjuist',
      'onjuiste',
      'ongeldig',
      'ongeldige',
      'niet van mij',
      'niet mijn',
      'voormalig',
      'voormalige',
      'niet actief',
    ],
    negations: ['niet', 'en niet', 'in plaats van', 'i.p.v', 'ipv'],
    mailFrom: ['van', 'afzender', 'antwoord aan'],
    refusals: ['liever niet', 'nee bedankt', 'waarom', 'later'],
    uncertain: [
      'niet zeker',
      'weet niet meer',
      'ik kijk even',
      'weet ik niet',
      'weet niet',
      'herinner me niet',
    ],
    confirmations: ['ja', 'klopt', 'precies', 'correct'],
    mailTo: ['aan'],
    contrasts: ['maar'],
    titles: [
      'dhr',
      'de heer',
      'heer',
      'meneer',
      'mevr',
      'mw',
      'mevrouw',
      'mej',
      'juffrouw',
      'mr',
      'drs',
      'dr',
      'ir',
      'ing',
      'prof',
      'bc',
      'ds',
    ],
  },
  intake: {
    stem: stemmer,
    compounds: true,
    letters: 'ĳ',
    generalStopwords: generalStopwords('nl'),
    stopwords: [
      ...`hallo hoi hey goedemorgen goedemiddag goedenavond dank bedankt alstublieft alsjeblieft graag ja nee
    ok oké dus nou wil wilde zou zouden kan kunt kunnen mag mogen moet moeten weten vraag vraagje iets
    iemand is zijn ben bent heeft hebben heb hebt mijn uw jullie je jij u ik we wij de het een van in op
    met voor aan bij naar over om wat hoe wanneer waar waarom wie welke ook al nog maar erg heel
    ongeveer ongeveer normaal gesproken meestal precies misschien
    doen maken laten zetten geven nemen komen gaan zien zeggen brengen
    sorry excuus foutje heet naam beste`.split(/\s+/),
    ],
    shorthand: {
      ff: 'even',
      idd: 'inderdaad',
      wifi: 'wifi',
      wrm: 'waarom',
      mss: 'misschien',
      tel: 'telefoon',
      za: 'zaterdag',
      wknd: 'weekend',
      evt: 'eventueel',
      ipv: 'in plaats van',
    },
    phrases: {
      opening: ['Hallo! Ik ben {bot}. Waarmee kan ik u helpen?'],
      intro: ['Hallo, ik ben {bot}.'],
      introGreeted: ['Hallo{, first}! Ik ben {bot}.'],
      greet: ['Hallo{, first}!'],
      greetAgain: ['Hallo weer{, first}!', 'Hallo{, first}!'],
      welcome: ['Leuk u te ontmoeten, {first}!', 'Dank u, {first}!'],
      readBack: ['Dank u – ons team antwoordt u op {email}.', 'Genoteerd – ons team mailt u op {email}.'],
      declined: ['Geen probleem.', 'Dat is prima.'],
      thanked: ['Graag gedaan{, first}!', 'Fijn dat ik kon helpen{, first}!'],
      thankedEarly: ['Graag gedaan{, first}!'],
      confirmed: ['Perfect{, first}.', 'Dank u{, first}.'],
      answerLead: ['', 'Dit kan ik u erover vertellen:'],
      problemLead: ['Dit kan ik u erover vertellen:', 'Dit helpt misschien:'],
      onlyIn: [
        'Deze informatie heb ik alleen in het {language}:',
        'Dit is alleen beschikbaar in het {language}:',
      ],
      sameAnswer: [
        'Mijn antwoord hierboven gaat daar ook over.',
        'Dat staat in mijn antwoord hierboven – meer weet ik er niet over.',
      ],
      unknown: [
        'Sorry, dat weet ik niet, en ik gok liever niet.',
        'Die informatie heb ik helaas niet, en ik wil niet gokken.',
      ],
      offerAfterAnswer: [
        'Als dit het niet oplost, kan iemand van ons team u helpen.',
        'Heeft u meer nodig, dan kan iemand van ons team het overnemen.',
      ],
      offerStatement: [
        'Iemand van ons team kan u daar wel mee helpen.',
        'Een medewerker van ons team kan u daarbij helpen.',
      ],
      offerQuestion: [
        'Zal ik dit doorgeven aan iemand van ons team?',
        'Wilt u dat ik u doorverbind met een medewerker?',
      ],
      handoverAsked: [
        'Natuurlijk{, first} – ik geef dit nu door aan ons team.',
        'Goed{, first}. Ik verbind u door met een medewerker van ons team.',
      ],
      handoverFrustrated: [
        'Het spijt me dat dit zo vervelend is{, first}. Ik geef dit nu door aan een medewerker van ons team.',
      ],
      handoverStuck: [
        'Dat weet ik helaas ook niet{, first}. Ik geef het door aan ons team, zodat een medewerker u helpt.',
      ],
      handoverAccepted: [
        'Prima{, first} – ik geef dit nu door aan ons team.',
        'Geregeld{, first} – een medewerker van ons team neemt het over.',
      ],
      handoverUrgent: [
        'Dit klinkt dringend{, first}. Is iemand in gevaar, bel dan nu 112. Ik waarschuw een medewerker van ons team.',
      ],
      handoverDispute: [
        'Ik begrijp het{, first}. Een medewerker van ons team moet hiernaar kijken; ik geef het nu door.',
      ],
      alreadyHanded: ['Ik heb dit toegevoegd voor de medewerker van ons team die het overneemt{, first}.'],
      askEmailFirst: [
        'Op welk e-mailadres kunnen ze u het best bereiken?',
        'Zodat ze u kunnen antwoorden: wat is uw e-mailadres?',
      ],
      theyReply: ['Ze antwoorden u op {email}.', 'Ze nemen contact op via {email}.'],
      tellMore: ['Als u wilt, vertel me kort waar het over gaat, dan gaat het sneller.'],
      goOn: ['Natuurlijk – waar gaat het om?', 'Zeker. Wat is er gebeurd?'],
      goOnQuestion: ['Natuurlijk – wat is uw vraag?'],
      askName: ['Mag ik uw naam, zodat ons team weet wie ze helpen?', 'Hoe heet u?'],
      askEmail: [
        'Op welk e-mailadres kan ons team u het best bereiken?',
        'En wat is uw e-mailadres, voor het geval ons team u wil mailen?',
      ],
      afterAnswer: ['Beantwoordt dit uw vraag?', 'Helpt dit u verder?'],
      anythingElse: ['Kan ik u nog ergens anders mee helpen?', 'Nog iets anders?'],
      teamWillFollow: ['Iemand van ons team neemt binnenkort contact op.', 'Ons team pakt dit snel op.'],
      goodbye: ['Fijne dag!', 'Tot ziens!'],
      howCanIHelp: ['Waarmee kan ik u helpen?', 'Hoe kan ik helpen?'],
    },
    smallTalk: {
      greeting: ['hallo', 'hoi', 'hey', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'allemaal'],
      closing: [
        'dank|dankjewel|dankuwel|bedankt|wel|je|u|zeer|heel|erg|ok|oké|prima|top|super|fijn|doei|tot|ziens|straks|dag|fijne|avond|dat|was|het|niets|meer|nee',
      ],
      closingCue: ['dank|dankjewel|dankuwel|bedankt|doei|tot ziens|dat was het'],
      yes: ['ja|jazeker|ok|oké|klopt|precies|juist|correct|graag|prima|dat|is|goed|alstublieft|dank|u'],
      yesCue: ['ja|jazeker|ok|oké|klopt|precies|juist|correct|graag'],
      decline: ['liever niet|nee dank|waarom heeft u dat nodig'],
      no: ['nee|neen'],
      vague: ['hulp|helpen|vraag|vragen|probleem|problemen|dringend|iets|iemand'],
      followUp: [
        'en',
        'ook',
        'en voor',
        'en als',
        'en de',
        'en het',
        'hoe zit het met',
        'wat als',
        'geldt dat',
      ],
      question: [
        'hoe|wat|wanneer|waar|waarom|wie|welke|hoeveel|kan|kunt|kunnen|mag|heeft|hebben|hebt|is|zijn|accepteren|doen',
      ],
      emailWord: ['e-?mail(?:adres)?'],
      nameWord: ['naam'],
    },
    handover: {
      person: [
        '(?:spreken|praten) met',
        'met (?:een|iemand|de|het) [\\p{L}-]+ (?:spreken|praten)',
        'iemand spreken',
        'terugbellen|bel me|bel mij',
        'doorverbinden|verbind me',
        'een mens|een medewerker|een echt persoon|een echte persoon',
        'met wie (?:moet|kan) ik (?:spreken|praten|contact)',
        'stuur (?:snel |nu )?iemand',
        '(?:ik wil|ik moet|ik heb) (?:de|het|uw|jullie) [\\p{L}-]*(?:afdeling|team|manager|leidinggevende)',
        '(?:de|uw|jullie) (?:baas|leidinggevende|verantwoordelijke)|wie is (?:hier )?verantwoordelijk',
        '(?:mij|me) (?:terug )?(?:bellen|terugbellen)|kan iemand (?:mij|me) (?:bellen|mailen)',
        'iemand (?:aan de lijn|aan de telefoon|te spreken)|(?:iemand|een mens) (?:bereiken|spreken)',
        'contact met (?:mij|me) (?:op)?nemen|neem (?:contact )?met (?:mij|me) (?:contact )?op',
      ],
      notPerson: ['geen (?:mens|medewerker) nodig'],
      dispute: [
        '(?:jullie hebben|u heeft) (?:mij|me) [^.!?]{0,30}(?:afgeschreven|gerekend|gefactureerd)',
        'dubbel (?:afgeschreven|betaald|gerekend)',
        '(?:betaal|betalen) ik niet|weiger te betalen',
        'mijn geld terug|geld terug|terugbetal\\p{L}*|ik wil (?:een )?restitutie',
        'factuur[^.!?]{0,30} klopt niet|verkeerd bedrag|te veel (?:betaald|afgeschreven|gerekend)|wie betaalt (?:dit|dat|de schade)',
        '(?:claim|aanvraag|declaratie|verzoek|terugbetaling|schadeclaim) (?:is|werd) (?:afgewezen|geweigerd)|ik (?:wil|ga) bezwaar',
        'nog steeds geen (?:geld|terugbetaling)',
        '(?:blijven|blijft) (?:afschrijven|incasseren)|na (?:mijn )?opzegging [^.!?]{0,30}(?:afgeschreven|geïncasseerd)',
        'nooit besteld|(?:heb|hebben) (?:ik|we) niet besteld|niet (?:gemachtigd|geautoriseerd)',
        '(?:jullie hebben|u heeft) (?:mijn|ons|onze|de|het) (?:[\\p{L}-]+ )?(?:kwijtgeraakt|verloren|beschadigd|kapot gemaakt|verwijderd)',
        "(?:zijn|hebben) (?:mijn|onze|ons) [\\p{L}'-]+ (?:kwijtgeraakt|verloren|beschadigd|kapot gemaakt)",
        '(?:echt |heel |zo )?oneerlijk',
        'negeren (?:mij|me|mijn)',
      ],
      legal: [
        'advocaat',
        'rechter|rechtszaak|aanklagen',
        'geschillencommissie',
        'autoriteit persoonsgegevens|consumentenbond',
        'politie',
        'recht op inzage|misleidend|juridische stappen|juridisch advies',
        '(?:ik wil|ik ga) (?:een )?klacht indienen|officiële klacht|escaleren',
        'slechte review|negatieve review',
      ],
      frustration: [
        'nutteloos',
        'belachelijk',
        'schandalig',
        'onacceptabel',
        'waardeloos',
        'helpt (?:me )?niet',
        'dat vroeg ik niet',
        'ben het zat',
        'onbeleefd|brutaal|oplichters?|oplichting|dieven',
        '(?:ik ben|we zijn) (?:zo |echt |heel )?(?:boos|woedend|kwaad|verontwaardigd)|slechtste service',
        '(?:erg |heel |zeer )?teleurgesteld|ontevreden|niet tevreden',
        'je begrijpt (?:me|mij|het) niet',
      ],
      repeated: [
        '(?:tweede|derde|vierde) keer',
        'niemand (?:antwoordt|reageert)',
        'nog steeds geen antwoord',
        'al (?:gevraagd|gemaild|gebeld)',
        '(?:wacht|wachten) (?:al )?(?:meer dan )?(?:\\d+|twee|drie|vier|vijf|meerdere|een paar) (?:dagen|weken|maanden)',
        'nog steeds niet (?:opgelost|gemaakt|gerepareerd)',
        'niemand heeft (?:me |mij )?(?:teruggebeld|gereageerd|geantwoord)|hoe vaak moet ik',
        '(?:beantwoordt|beantwoord|beantwoorden) (?:mijn|de) vraag niet|geen antwoord op (?:mijn|de) vraag|verkeerd antwoord|(?:hetzelfde|steeds hetzelfde) antwoord',
      ],
      urgent: [
        'noodgeval',
        '(?:ondraaglijke|hevige|erge) pijn',
        'bloedt (?:erg|nog steeds)|blijft bloeden',
        'bewusteloos|flauwgevallen|ademt niet|reageert niet',
        'ingeslikt|stikt',
        'er is brand|in brand|brand in|het brandt|rook',
        'gaslucht|ruik gas|gaslek',
        'ambulance',
        'allergische reactie',
        'moeilijk (?:te )?ademen|kan niet (?:meer )?ademen|benauwd',
        '(?:op)?gezwollen',
        'vergiftig\\p{L}*|(?:gedronken|ingenomen|doorgeslikt) en',
        'duizelig',
        'brandlucht|ruikt (?:naar )?verbrand|schroeilucht|vonken',
        '(?:blote|losse|kale) (?:draden|kabels)',
        'overstrom\\p{L}*|lekkage|water komt (?:naar )?binnen',
        'buitengesloten',
        'het is een noodgeval|aangereden|overreden',
        '(?:heeft|heb) (?:zijn|haar|mijn) (?:arm|been|pols|sleutelbeen) gebroken|hersenschudding|(?:in het|naar het) ziekenhuis|spoedeisende hulp',
        'bloedt (?:hevig|veel)|veel bloed|braakt bloed',
        'remmen? (?:faalden|weigerden|werkten niet)|kan niet (?:meer )?(?:lopen|staan|opstaan)',
        'gehackt|onbevoegde toegang|datalek|al mijn (?:gegevens|bestanden|data|projecten) (?:zijn )?(?:weg|verdwenen|verwijderd)',
        'hoofd gestoten|pijn op de borst|beroerte|hartaanval',
        '(?:hond|kat|puppy|kitten) heeft [^.!?]{0,25}(?:gegeten|ingeslikt|opgegeten)|(?:ratten|muizen)gif|vergiftig\\p{L}*',
        '(?:kind|zoon|dochter) (?:is )?(?:vermist|kwijt|verdwenen)|(?:is|ben) (?:van de trap )?gevallen|bedreigd|aangevallen|verbrand (?:aan|met)',
      ],
    },
    concepts: `
open: open, geopend, opengaan, openingstijden
close: dicht, gesloten, sluiten
hours: openingstijden, openingsuren, tijden
monday: maandag, maandags
tuesday: dinsdag
wednesday: woensdag
thursday: donderdag
friday: vrijdag
saturday: zaterdag, zaterdags
sunday: zondag, zondags
weekend: weekend, weekenden
weekend: zaterdag, zaterdags, zondag, zondags
holiday: feestdag, feestdagen, vakantie
today: vandaag, vanavond
tomorrow: morgen
evening: avond, 's avonds
morning: ochtend, 's ochtends
duration: hoe lang, duur, duurt
time: hoe laat, tijd
week: week, weken
month: maand, maanden, maandelijks
year: jaar, jaren, jaarlijks
day: dag, dagen
minute: minuut, minuten
price: prijs, prijzen, kosten, kost, tarief, tarieven, hoeveel, hoeveel kost, goedkoop
free: gratis, kosteloos
pay: betalen, betaling
creditcard: creditcard, pinpas, bankpas, visa
cash: contant, contanten, cheque
transfer: overschrijving, automatische incasso
installment: termijnen, in termijnen, gespreid betalen, financiering
invoice: factuur, facturen, bon
refund: terugbetaling, terugbetalen, geld terug, restitutie
discount: korting, kortingen, kortingscode
insurance: verzekering, verzekerd, verzekeraar
claim: claim, schade melden, declaratie, declareren
cover: dekking, gedekt, vergoed, vergoeding
excess: eigen risico
subscription: abonnement, abonnementen, plan
member: lid, leden, lidmaatschap
cancel: annuleren, opzeggen, afzeggen, annulering
change: wijzigen, veranderen, verzetten, verplaatsen
move: verhuizen, verhuizing
appointment: afspraak, afspraken, consult
appointment: afspraak maken, boeken, reserveren
reserve: reserveren, reservering, wachtlijst
account: account, profiel, mijn account
login: inloggen, aanmelden
password: wachtwoord
forgot: vergeten, resetten
register: registreren, inschrijven, aanmelden
email: e-mail, email, mail
phone: telefoon, bellen, telefonisch, nummer
address: adres, locatie, waar zitten jullie, hoe kom ik
parking: parkeren, parkeerplaats, auto
transport: bus, metro, tram, trein, station, halte, openbaar vervoer
bike: fiets, fietsen, e-bike
access: rolstoel, toegankelijk, toegankelijkheid, gehandicapt, beperking, drempel
lift: lift
toilet: toilet, wc
child: kind, kinderen, zoon, dochter, baby
teen: tiener, tieners, jongeren
parent: ouder, ouders, moeder, vader
adult: volwassene, volwassenen
age: leeftijd, jaar oud
student: student, studenten, scholier, leerling
senior: senior, senioren, gepensioneerd, ouderen
family: gezin, familie
new: nieuw, nieuwe
customer: klant, klanten, patiënt, patiënten
staff: personeel, medewerker, medewerkers
person: mens, persoon, iemand
language: taal, talen, spreekt, spreken
english: engels
german: duits
french: frans
spanish: spaans
italian: italiaans
portuguese: portugees
dutch: nederlands
polish: pools
turkish: turks
online: online, website, internet
app: app, applicatie
download: downloaden
install: installeren
device: apparaat, tablet, smartphone, mobiel
computer: computer, laptop, pc
wifi: wifi, draadloos internet
print: printen, afdrukken, printer
copy: kopie, kopiëren
scan: scannen, scanner
ebook: e-book, e-books, luisterboek
borrow: lenen, uitlenen, huren, verhuur
return: terugbrengen, inleveren, retour, terugsturen
late: te laat, vertraging, laat
lost: kwijt, verloren, gestolen
damage: beschadigd, kapot, stuk, gescheurd, vlek, defect, schade
repair: reparatie, repareren, maken
service: onderhoud, onderhoudsbeurt
replace: vervangen, vervanging, ruilen
deliver: levering, leveren, verzenden, verzending, pakket, bezorging
order: bestelling, bestellen, kopen
track: volgen, track en trace
stock: beschikbaar, voorradig, uitverkocht
size: maat, maten
colour: kleur, kleuren, in kleur
warranty: garantie
trial: proef, proberen, proefperiode, proefrit
test: examen, toets, test
certificate: certificaat, diploma
level: niveau, beginner, gevorderd
lesson: les, lessen, cursus, cursussen, klas
teacher: leraar, docent, lerares, tutor
team: team, bedrijf, zaak
group: groep, groepen
user: gebruiker, gebruikers, licentie
privacy: persoonsgegevens, gegevens, privacy, avg
delete: verwijderen, wissen
complaint: klacht, klachten, klagen, suggestie
contact: contact, contact opnemen
emergency: noodgeval, spoed, dringend
pain: pijn, zeer
tooth: tand, tanden, kies
doctor: arts, dokter, tandarts, dierenarts, huisarts
nervous: bang, angst, angstig, nerveus, zenuwachtig
sedation: verdoving, verdoofd, roesje, sedatie, narcose
pregnant: zwanger, zwangerschap, borstvoeding
pet: huisdier, huisdieren, dier, dieren
dog: hond, honden, puppy
cat: kat, katten, kitten
vaccine: vaccin, vaccinatie, inenting
illness: ziekte, ziek
treatment: behandeling, behandelen
surgery: operatie
medicine: medicijn, medicijnen, recept
accident: ongeluk, letsel, gewond
food: eten, maaltijd
drink: drinken, drankje, koffie
gift: cadeau, cadeaubon
donate: doneren, schenken, donatie
event: evenement, workshop, feest, verjaardag
tour: rondleiding
room: ruimte, zaal, zalen
desk: werkplek, studieplek
document: document, documenten, formulier
id: identiteitsbewijs, paspoort, id-kaart
record: dossier, gegevens, geschiedenis
result: resultaat, uitslag
calendar: agenda, kalender
sync: synchroniseren
export: exporteren
share: delen, uitnodigen
notification: melding, meldingen, herinnering
offline: offline, zonder internet
error: fout, storing, werkt niet
country: buitenland, land, internationaal
travel: reis, reizen, vakantie
battery: accu, batterij, lader
tyre: band, banden, lekke band
brake: rem, remmen
renew: verlengen, verlenging
card: pas, pasje, kaart, bibliotheekpas
library: bibliotheek, bieb
near: dichtstbijzijnde, dichtbij, in de buurt
black: zwart, zwart-wit
white: wit, zwart-wit
accept: accepteren, aannemen, nemen jullie
book: boek, boeken, roman, romans
notice: van tevoren, vooraf, opzegtermijn
weather: regen, sneeuw, bewolkt, wolken, zonnig, winter
install: installatie, montage, monteren, monteur
power: stroom, elektriciteit, energie, stroomstoring
product: product, producten, artikel, artikelen
sell: verkopen, verkoopt
price: goedkoop, goedkoopste, betaalbaar
expire: verlopen, verloopt, vervaldatum, houdbaarheid, geldig, geldigheid
birthday: verjaardag
loyalty: punten, spaarpunten, beloning
staff: onderaannemers, monteur, technicus, elektricien, personeel
contract: contract, overeenkomst, getekend, tekenen, bedenktijd
collect: ophalen, afhalen
home: huis, woning, thuis
cable: kabel, ethernet, aansluiting, usb, hdmi
screen: scherm, monitor, beamer
advice: advies, adviseren, aanraden
guest: gast, gasten, bezoeker, bezoekers
quiet: stil, stilte, lawaai, herrie, storen
clean: schoonmaken, reinigen, wassen
mistake: fout, verkeerd, vergist
lock: hangslot
security: beveiliging, veiligheid
slow: traag, langzaam
upload: uploaden, bijvoegen
xray: röntgenfoto, röntgen
`,
  },
};
