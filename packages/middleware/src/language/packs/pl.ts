import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/** Polish inflects by ending; no Snowball stemmer exists, so the commonest endings are cut. */
const ENDINGS = [
  'owanie',
  'ościach',
  'ościami',
  'owych',
  'owego',
  'owemu',
  'ością',
  'ości',
  'ami',
  'ach',
  'ego',
  'emu',
  'ymi',
  'imi',
  'owi',
  'ów',
  'om',
  'ie',
  'ia',
  'iu',
  'ię',
  'ią',
  'ej',
  'ym',
  'im',
  'ą',
  'ę',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

const stem = (word: string) => {
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  return word;
};

/**
 * Polish (polski), in the polite "Pan/Pani" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const pl: LanguageData = {
  code: 'pl',
  stopwordList: 'pol',
  frequencyList: 'polish',
  contact: {
    nameIs: [
      'niżej podpisany',
      'niżej podpisana',
      'nazywam się',
      'nazywam sie',
      'mam na imię',
      'mam na imie',
      'moje imię i nazwisko to',
      'moje imie i nazwisko to',
      'moje imię i nazwisko:',
      'moje pełne imię to',
      'mówią na mnie',
      'mowia na mnie',
      'mów mi',
      'mow mi',
      'proszę mi mówić',
      'prosze mi mowic',
      'możesz mi mówić',
      'na imię mam',
      'na imie mam',
    ],
    givenNameIs: ['moje imię to', 'moje imie to', 'imię:', 'imie:', 'imię to', 'imie to', 'z imienia'],
    familyNameIs: [
      'moje nazwisko to',
      'nazwisko to',
      'nazwisko:',
      'mam na nazwisko',
      'na nazwisko mam',
      'z nazwiska',
      'nazwisko mam',
    ],
    introductions: [
      '^ja,',
      'jestem',
      'ja jestem',
      '^tu',
      '^tutaj',
      '^z tej strony',
      '^mówi',
      '^mowi',
      '^pisze',
      '^to ja,',
      'rozmawia pan z',
      'rozmawia pani z',
      'rozmawiasz z',
    ],
    asides: ['zresztą', 'przy okazji', 'swoją drogą'],
    nameThen: ['z tej strony', 'przy telefonie', 'się kłania', 'sie klania'],
    nameLabels: [
      'imię',
      'imie',
      'imię i nazwisko',
      'imie i nazwisko',
      'imię nazwisko',
      'nazwisko',
      'klient',
      'klientka',
      'nazwa klienta',
      'osoba kontaktowa',
      'zamawiający',
      'zamawiajacy',
      'odbiorca',
    ],
    fillers: [
      'tak',
      'jasne',
      'oczywiście',
      'oczywiscie',
      'pewnie',
      'no pewnie',
      'ok',
      'okej',
      'oki',
      'dobrze',
      'dobra',
      'w porządku',
      'w porzadku',
      'spoko',
      'proszę',
      'prosze',
      'proszę bardzo',
      'bardzo proszę',
      'oto',
      'to ja',
      'więc',
      'wiec',
      'yyy',
      'eee',
      'dzięki',
      'dzieki',
      'dziękuję',
      'przepraszam',
      'z przyjemnością',
      'chętnie',
      'chetnie',
      'właściwie',
    ],
    greetings: [
      'dzień dobry',
      'dzien dobry',
      'dobry wieczór',
      'dobry wieczor',
      'dzień dobry państwu',
      'cześć',
      'czesc',
      'hej',
      'hejka',
      'siema',
      'siemka',
      'elo',
      'witam',
      'witam serdecznie',
      'witajcie',
      'szanowni państwo',
      'szanowni panstwo',
      'szanowny panie',
      'szanowna pani',
      'halo',
      'dobry',
    ],
    nameStops: [
      'i',
      'oraz',
      'z',
      'ze',
      'od',
      'w',
      'we',
      'na',
      'do',
      'dla',
      'u',
      'o',
      'lub',
      'albo',
      'ale',
      'a',
      'ja',
      'chcę',
      'chce',
      'chciałbym',
      'chcialbym',
      'chciałabym',
      'chcialabym',
      'proszę',
      'prosze',
      'dziękuję',
      'dziekuje',
      'dzięki',
      'dzieki',
      'mam',
      'mieszkam',
      'jestem',
      'więc',
      'potrzebuję',
      'potrzebuje',
      'piszę',
      'że',
      'bardzo',
      'naprawdę',
      'strasznie',
      'całkiem',
      'już',
      'jeszcze',
      'nie',
      'trochę',
      'taki',
      'taka',
    ],
    nameQuestions: [
      'pana imię',
      'pani imię',
      'pana imie',
      'pani imie',
      'pana imię i nazwisko',
      'pani imię i nazwisko',
      'imię i nazwisko',
      'imie i nazwisko',
      'twoje imię',
      'twoje imie',
      'jak się pan nazywa',
      'jak się pani nazywa',
      'jak sie pan nazywa',
      'jak sie pani nazywa',
      'jak się nazywasz',
      'jak sie nazywasz',
      'jak masz na imię',
      'jak masz na imie',
      'jak ma pan na imię',
      'jak ma pani na imię',
      'z kim rozmawiam',
      'z kim mam przyjemność',
      'z kim mam przyjemnosc',
      'jak mogę się do pana zwracać',
      'jak mogę się do pani zwracać',
      'jak mogę się do ciebie zwracać',
      'jak mam się zwracać',
      'jak mam się do pana zwracać',
      'jak mam się do pani zwracać',
      'na jakie nazwisko',
      'na czyje nazwisko',
      'państwa dane',
      'pana dane',
      'pani dane',
      'proszę się przedstawić',
      'przedstaw się',
      'kim pan jest',
      'kim pani jest',
    ],
    givenNameQuestions: ['imię', 'imie', 'samo imię', 'pierwsze imię', 'pierwsze imie'],
    familyNameQuestions: ['nazwisko', 'pana nazwisko', 'pani nazwisko', 'twoje nazwisko'],
    requests: [
      'proszę',
      'prosze',
      'proszę podać',
      'prosze podac',
      'uprzejmie proszę',
      'poproszę',
      'poprosze',
      'czy może pan',
      'czy może pani',
      'czy moze pan',
      'czy moze pani',
      'czy możesz',
      'czy mozesz',
      'czy mógłby pan',
      'czy mogłaby pani',
      'czy mogę',
      'czy moge',
      'mogę prosić',
      'moge prosic',
      'podaj',
      'podać',
      'podac',
      'wpisz',
      'napisz',
      'proszę wpisać',
      'potrzebuję',
      'potrzebuje',
      'jaki jest',
      'jaki ma pan',
      'jaki ma pani',
      'jak brzmi',
      'daj znać',
    ],
    emailQuestions: [
      'adres e-mail',
      'adres email',
      'adres mailowy',
      'adres e-mailowy',
      'e-mail',
      'email',
      'mail',
      'maila',
      'e-maila',
      'emaila',
      'poczta',
      'skrzynka',
      'poczty elektronicznej',
      'adres poczty',
      'kontakt mailowy',
      'skontaktować się z panem',
      'skontaktować się z panią',
    ],
    emailIs: [
      'mój email',
      'mój e-mail',
      'mój mail',
      'moja poczta',
      'mój adres',
      'mój adres e-mail',
      'moja skrzynka',
    ],
    closings: [
      'pozdro',
      'pozdrawiam serdecznie',
      'pozdrawiam',
      'pozdrawiam serdecznie',
      'serdecznie pozdrawiam',
      'z poważaniem',
      'z powazaniem',
      'z wyrazami szacunku',
      'łączę pozdrowienia',
      'łączę wyrazy szacunku',
      'pozdrowienia',
      'serdeczne pozdrowienia',
      'pozdr',
      'pzdr',
      'dziękuję',
      'dziekuje',
      'dzięki',
      'dzieki',
      'dziękuję bardzo',
      'z góry dziękuję',
      'z gory dziekuje',
      'dziękuję z góry',
      'miłego dnia',
      'milego dnia',
      'do usłyszenia',
      'do zobaczenia',
      'ściskam',
      'buziaki',
    ],
    at: ['małpa', 'malpa', 'małpka', 'malpka', 'at'],
    dot: ['kropka'],
    corrections: [
      'przepraszam',
      'sorki',
      'sory',
      'pomyłka',
      'pomylka',
      'pomyliłem się',
      'pomyliłam się',
      'pomylilem sie',
      'pomylilam sie',
      'miałem na myśli',
      'miałam na myśli',
      'mialem na mysli',
      'mialam na mysli',
      'chodziło mi o',
      'chodzilo mi o',
      'nie,',
      'błąd',
      'blad',
      'źle',
      'zle',
      'poprawka',
      'korekta',
      'powinno być',
      'powinno byc',
      'poprawnie',
      'literówka',
      'literowka',
      'właściwie',
      'wlasciwie',
      'to znaczy',
    ],
    others: [
      'jej mail',
      'jego mail',
      'dla siostry',
      'dla brata',
      'dla mamy',
      'dla taty',
      'prezent dla',
      'dla żony',
      'dla męża',
      'mój kolega',
      'moj kolega',
      'mojego kolegi',
      'moja koleżanka',
      'moja kolezanka',
      'mojej koleżanki',
      'mój szef',
      'moj szef',
      'mojego szefa',
      'moja szefowa',
      'mój przełożony',
      'moja przełożona',
      'moja żona',
      'moja zona',
      'mojej żony',
      'mojej zony',
      'mój mąż',
      'moj maz',
      'mojego męża',
      'mojego meza',
      'mój partner',
      'moja partnerka',
      'mój syn',
      'mojego syna',
      'moja córka',
      'moja corka',
      'mojej córki',
      'moja mama',
      'mojej mamy',
      'moja matka',
      'mój tata',
      'mojego taty',
      'mój ojciec',
      'mój brat',
      'moja siostra',
      'mój przyjaciel',
      'moja przyjaciółka',
      'mój asystent',
      'moja asystentka',
      'do wiadomości',
      'dw',
      'cc',
      'napisałem do',
      'napisałam do',
      'pisałem do',
      'pisałam do',
      'pisałem na',
      'pisałam na',
      'mail od',
      'wiadomość od',
      'odpowiedź od',
      'mojej szefowej',
    ],
    stale: [
      'stary',
      'stara',
      'stare',
      'starego',
      'starej',
      'nieaktualny',
      'nieaktualna',
      'nieaktualne',
      'już nie',
      'juz nie',
      'już nie używam',
      'juz nie uzywam',
      'nie używam',
      'poprzedni',
      'poprzednia',
      'poprzednie',
      'błędny',
      'bledny',
      'błędna',
      'bledna',
      'zły',
      'zly',
      'zła',
      'nieprawidłowy',
      'nieprawidlowy',
      'nieważny',
      'niewazny',
      'dawny',
      'dawna',
      'nie mój',
      'nie moj',
    ],
    negations: ['nie', 'a nie', 'zamiast'],
    mailFrom: ['od', 'nadawca', 'odpowiedz do'],
    refusals: ['wolę nie', 'wolałbym nie', 'wolałabym nie', 'nie dziękuję', 'po co', 'później'],
    uncertain: ['nie jestem pewien', 'nie jestem pewna', 'nie pamiętam', 'nie wiem'],
    confirmations: ['tak', 'zgadza się', 'dokładnie'],
    mailTo: ['do'],
    contrasts: ['ale', 'lecz'],
    titles: [
      'pan',
      'pani',
      'panna',
      'dr',
      'dr hab',
      'prof',
      'mgr',
      'inż',
      'inz',
      'mgr inż',
      'mgr inz',
      'lek',
      'lek. med',
      'mec',
      'adw',
      'ks',
      'szanowny',
      'szanowna',
      'hab',
    ],
  },
  intake: {
    stem,
    letters: 'ąćęłńśźż',
    generalStopwords: generalStopwords('pl'),
    stopwords: [
      ...`dzień dobry cześć witam dziękuję dzięki proszę tak nie ok dobrze chcę chciałbym chciałabym potrzebuję
    mogę może możecie można wiedzieć pytanie coś ktoś jest są był mam ma macie mój moja moje mojego pan pani
    państwo czy jak kiedy gdzie dlaczego kto który która które ile też już jeszcze tylko bardzo w z na do od
    za po o dla przez
    około mniej więcej zazwyczaj zwykle dokładnie może
    robić zrobić dać wziąć przyjść iść widzieć powiedzieć przynieść
    przepraszam pomyłka nazywam nazywa imię szanowni`.split(/\s+/),
    ],
    shorthand: {
      pozdr: 'pozdrawiam',
      wifi: 'wifi',
      nwm: 'nie wiem',
      tel: 'telefon',
      godz: 'godzina',
      min: 'minuta',
      sob: 'sobota',
      niedz: 'niedziela',
      pn: 'poniedziałek',
      tzn: 'to znaczy',
      np: 'na przykład',
      dzk: 'dzięki',
      wgl: 'w ogóle',
    },
    phrases: {
      opening: ['Dzień dobry! Jestem {bot}. W czym mogę pomóc?'],
      intro: ['Dzień dobry, jestem {bot}.'],
      introGreeted: ['Dzień dobry{, first}! Jestem {bot}.'],
      greet: ['Dzień dobry{, first}!'],
      greetAgain: ['Witam ponownie{, first}!', 'Dzień dobry{, first}!'],
      welcome: ['Miło mi, {first}!', 'Dziękuję, {first}!'],
      readBack: [
        'Dziękuję – nasz zespół odpowie na adres {email}.',
        'Zanotowane – nasz zespół napisze na {email}.',
      ],
      declined: ['Nie ma problemu.', 'W porządku.'],
      thanked: ['Proszę bardzo{, first}!', 'Cieszę się, że mogłem pomóc{, first}!'],
      thankedEarly: ['Proszę bardzo{, first}!'],
      confirmed: ['Świetnie{, first}.', 'Dziękuję{, first}.'],
      answerLead: ['', 'Oto, co mogę powiedzieć:'],
      problemLead: ['Oto, co mogę powiedzieć:', 'To może pomóc:'],
      onlyIn: [
        'Tę informację mam tylko w języku: {language}.',
        'To jest dostępne tylko w języku: {language}.',
      ],
      sameAnswer: [
        'Moja odpowiedź powyżej obejmuje też to.',
        'To jest w mojej odpowiedzi powyżej – to wszystko, co wiem.',
      ],
      unknown: [
        'Przepraszam, nie znam odpowiedzi i wolę nie zgadywać.',
        'Niestety nie mam tej informacji i nie chcę zgadywać.',
      ],
      offerAfterAnswer: [
        'Jeśli to nie rozwiąże sprawy, pomoże osoba z naszego zespołu.',
        'Jeśli potrzeba więcej, ktoś z naszego zespołu się tym zajmie.',
      ],
      offerStatement: [
        'Ale osoba z naszego zespołu może w tym pomóc.',
        'Ktoś z naszego zespołu może się tym zająć.',
      ],
      offerQuestion: [
        'Czy przekazać sprawę osobie z naszego zespołu?',
        'Czy mam połączyć z kimś z naszego zespołu?',
      ],
      handoverAsked: [
        'Oczywiście{, first} – przekazuję sprawę naszemu zespołowi.',
        'Dobrze{, first}. Łączę z osobą z naszego zespołu.',
      ],
      handoverFrustrated: ['Przepraszam za kłopot{, first}. Przekazuję sprawę osobie z naszego zespołu.'],
      handoverStuck: [
        'Tego też niestety nie wiem{, first}. Przekazuję sprawę zespołowi, żeby pomogła osoba.',
      ],
      handoverAccepted: [
        'Dobrze{, first} – przekazuję sprawę naszemu zespołowi.',
        'Gotowe{, first} – zajmie się tym osoba z naszego zespołu.',
      ],
      handoverUrgent: [
        'To brzmi pilnie{, first}. Jeśli ktoś jest w niebezpieczeństwie, proszę natychmiast zadzwonić pod 112. Powiadamiam osobę z naszego zespołu.',
      ],
      handoverDispute: ['Rozumiem{, first}. Musi się tym zająć osoba z naszego zespołu – przekazuję sprawę.'],
      alreadyHanded: ['Dodałem to dla osoby z naszego zespołu, która przejmuje sprawę{, first}.'],
      askEmailFirst: [
        'Na jaki adres e-mail najlepiej odpowiedzieć?',
        'Żeby mogli odpowiedzieć: jaki jest Pana/Pani adres e-mail?',
      ],
      theyReply: ['Odpowiedź przyjdzie na {email}.', 'Odezwą się na {email}.'],
      tellMore: ['Jeśli Pan/Pani chce, proszę krótko napisać, czego dotyczy sprawa – pójdzie szybciej.'],
      goOn: ['Oczywiście – o co chodzi?', 'Chętnie. Co się stało?'],
      goOnQuestion: ['Oczywiście – jakie jest pytanie?'],
      askName: [
        'Czy mogę poznać Pana/Pani imię i nazwisko, żeby nasz zespół wiedział, z kim rozmawia?',
        'Jak się Pan/Pani nazywa?',
      ],
      askEmail: [
        'Pod jakim adresem e-mail nasz zespół może się skontaktować?',
        'A jaki jest adres e-mail, gdyby nasz zespół musiał napisać?',
      ],
      afterAnswer: ['Czy to odpowiada na pytanie?', 'Czy to pomaga?'],
      anythingElse: ['Czy mogę pomóc w czymś jeszcze?', 'Coś jeszcze?'],
      teamWillFollow: ['Ktoś z naszego zespołu wkrótce się odezwie.', 'Nasz zespół wkrótce się tym zajmie.'],
      goodbye: ['Miłego dnia!', 'Do widzenia!'],
      howCanIHelp: ['W czym mogę pomóc?', 'Jak mogę pomóc?'],
    },
    smallTalk: {
      greeting: ['dzień dobry', 'cześć', 'witam', 'hej', 'dobry wieczór', 'siema'],
      closing: [
        'dziękuję|dzięki|bardzo|serdecznie|ok|dobrze|super|świetnie|do|widzenia|zobaczenia|miłego|dnia|to|wszystko|nic|więcej|nie',
      ],
      closingCue: ['dziękuję|dzięki|do widzenia|to wszystko'],
      yes: ['tak|ok|dobrze|zgadza|się|dokładnie|właśnie|poproszę|proszę|chętnie|oczywiście'],
      yesCue: ['tak|ok|dobrze|dokładnie|poproszę|chętnie|oczywiście'],
      decline: ['wolę nie|nie dziękuję|po co to'],
      no: ['nie'],
      vague: ['pomoc|pomóc|pytanie|pytania|problem|problemy|pilne|coś|ktoś|sprawa'],
      followUp: ['a', 'i', 'a co z', 'a jak', 'a dla', 'też', 'również'],
      question: ['jak|co|kiedy|gdzie|dlaczego|kto|który|która|które|ile|czy|można|mogę|macie|jest|są'],
      emailWord: ['e-?mail|maila|adres'],
      nameWord: ['imię|nazwisko|imienia'],
    },
    handover: {
      person: [
        '(?:rozmawiać|porozmawiać|mówić) z',
        'kontakt z',
        'proszę o kontakt',
        'oddzwonić|oddzwońcie|zadzwońcie do mnie',
        'połączyć z|połączcie mnie',
        'z człowiekiem|z konsultantem|z pracownikiem|żywą osobą|prawdziwą osobą',
        'z kim (?:mogę|muszę|powinienem|powinnam) (?:rozmawiać|porozmawiać|się skontaktować)',
        '(?:przyślijcie|wyślijcie|przyślij) kogoś',
        'potrzebuję (?:działu|kierownika|menedżera|osoby z)',
        '(?:z )?(?:kierownikiem|szefem|przełożonym|osobą odpowiedzialną)',
        'do mnie zadzwonić|proszę o telefon|zadzwoni do mnie',
      ],
      notPerson: ['nie potrzebuję (?:człowieka|konsultanta)'],
      dispute: [
        '(?:pobraliście|naliczyliście|obciążyliście)',
        'pobrano (?:dwa razy|podwójnie)',
        'nie (?:zapłacę|będę płacić)',
        'zwrot(?:u)? pieniędzy|oddajcie (?:mi )?pieniądze|chcę zwrotu|żądam zwrotu',
        'reklamacj\\p{L}*',
        'błąd w fakturze|faktura jest błędna|błędn\\p{L}* (?:kwota|faktura)|pobraliście za dużo|kto (?:za to )?zapłaci',
        'odrzucili|odrzucono|odmówiono|(?:wniosek|reklamacja|roszczenie|zwrot) (?:został[oa]? )?(?:odrzucon\\p{L}*|odrzucona)',
        'chcę się odwołać|składam odwołanie',
        '(?:wciąż|nadal) (?:nie )?(?:dostałem|dostałam|otrzymałem|otrzymałam) zwrotu',
        'nadal (?:pobieracie|pobierają|obciążacie)|pobraliście [^.!?]{0,30}po (?:anulowaniu|rezygnacji)',
        'nie (?:autoryzowałem|autoryzowałam|zamawiałem|zamawiałam|zamówiłem|zamówiłam)',
        'zgubiliście|zniszczyliście|uszkodziliście|porysowaliście',
        '(?:to )?niesprawiedliwe',
        'ignorujecie',
      ],
      legal: [
        'prawnik|adwokat',
        'sąd|pozew|pozwę',
        'rzecznik',
        'uokik|uodo',
        'policj\\p{L}*',
        'prawo dostępu|wprowadza\\p{L}* w błąd|kroki prawne|porada prawna',
        '(?:chcę|zamierzam) złożyć (?:skargę|reklamację)|formalna skarga|eskal\\p{L}*',
        '(?:złą|negatywną) opinię',
      ],
      frustration: [
        'bezużyteczn\\p{L}*',
        'śmieszne',
        'skandal\\p{L}*',
        'nie do przyjęcia',
        'nie pomaga',
        'nie o to pytałem|nie o to pytałam',
        'mam dość',
        'złodzieje|oszuści|oszustwo|niegrzeczn\\p{L}*|chamsk\\p{L}*',
        '(?:jestem|jesteśmy) (?:bardzo |naprawdę |strasznie )?(?:zły|zła|wściekły|wściekła|wściekli|oburzony|oburzona)|najgorsza obsługa',
        'rozczarowan\\p{L}*|niezadowolon\\p{L}*|nie jestem zadowolon\\p{L}*',
        'nie rozumiesz',
      ],
      repeated: [
        '(?:drugi|trzeci|czwarty) raz',
        'nikt nie odpowiada',
        'wciąż brak odpowiedzi',
        'już (?:pytałem|pytałam|pisałem|pisałam)',
        'czekam (?:już )?(?:ponad |od )?(?:\\d+|dwa|dwóch|trzy|trzech|cztery|pięć|kilka|kilku) (?:dni|tygodni|tygodnie|miesięcy|miesiące)',
        '(?:nadal|wciąż) nie (?:naprawione|rozwiązane|załatwione)',
        'nikt (?:się )?(?:nie )?(?:odezwał|oddzwonił|odpisał)|ile razy (?:mam|muszę)',
        'nie (?:odpowiada|odpowiedziałeś|odpowiedziałaś|odpowiedzieliście|odpowiadasz) na (?:moje|to) pytanie|zła odpowiedź|(?:ta )?sama odpowiedź',
      ],
      urgent: [
        'nagły wypadek|pilne',
        '(?:silny|straszny|nie do zniesienia) ból',
        'krwawi (?:mocno|bardzo)|krwawienie nie ustaje',
        'nieprzytomn\\p{L}*|zemdlał\\p{L}*|nie oddycha|nie reaguje',
        'połknął|połknęła|dławi',
        'pożar|ogień|dym',
        'zapach gazu|czuć gaz|wyciek gazu',
        'karetk\\p{L}*',
        'reakcja alergiczna',
        'trudno (?:mi |jej |mu )?oddychać|nie (?:mogę|może) oddychać|duszność',
        'spuchni\\p{L}*|opuchnię\\p{L}*|obrzęk',
        '(?:wypił|wypiła|zażył|zażyła|połknął|połknęła) (?:\\p{L}+ ){0,3}(?:tabletk|leki|lek|syrop)\\p{L}*|zatru\\p{L}*',
        'zawroty głowy',
        'zapach spalenizny|czuć spaleniznę|swąd|iskr\\p{L}*',
        '(?:gołe|odsłonięte|luźne) (?:przewody|kable)',
        'zalan\\p{L}*|przeciek\\p{L}*',
        'zamknięt\\p{L}* na zewnątrz',
        'to nagły wypadek|potrącon\\p{L}*|przewróciłe?[mś]|przewróciła[mś]?',
        'złamał\\p{L}* (?:rękę|nogę|nadgarstek|obojczyk)|(?:w|do) szpital\\p{L}*',
        'mocno krwawi|dużo krwi|wymiotuje krwią',
        'hamulce? (?:zawiodł|nie zadziałał)\\p{L}*|nie może (?:chodzić|wstać|stać)',
        'zhakowan\\p{L}*|nieautoryzowany dostęp|wyciek danych|(?:straciłem|straciłam) wszystkie (?:dane|pliki|projekty)|(?:dane|pliki|projekty) zniknęły',
        'uderzył\\p{L}* się w głowę|ból w klatce|udar|zawał',
        '(?:pies|kot|szczeniak) (?:zjadł|połknął)|trutk\\p{L}*|otru\\p{L}*',
        '(?:dziecko|syn|córka) (?:zaginęł[oa]|zaginął|zniknęł[oa]|zniknął)|(?:upadł|upadła|spadł|spadła) (?:ze|z|na)|grozi (?:mi|nam)|zaatakował\\p{L}*|poparzył\\p{L}*',
      ],
    },
    concepts: `
open: otwarte, otwarty, czynne, czynny, otwieracie, otwarcia, godziny otwarcia
close: zamknięte, zamknięty, nieczynne
hours: godziny, godziny otwarcia, godziny pracy
monday: poniedziałek, poniedziałki
tuesday: wtorek
wednesday: środa, środę
thursday: czwartek
friday: piątek
saturday: sobota, sobotę, soboty
sunday: niedziela, niedzielę, niedziele
weekend: weekend, weekendy
weekend: sobota, sobotę, soboty, niedziela, niedzielę, niedziele
holiday: święto, święta, wakacje
today: dziś, dzisiaj
tomorrow: jutro
evening: wieczór, wieczorem
morning: rano
duration: jak długo, ile trwa, czas trwania, trwa
time: o której, godzina
week: tydzień, tygodnie
month: miesiąc, miesiące, miesięcznie
year: rok, lata, lat, rocznie
day: dzień, dni
minute: minuta, minut
price: cena, ceny, koszt, kosztuje, opłata, opłaty, ile, ile kosztuje, drogo, tanio
free: bezpłatnie, bezpłatny, za darmo, darmowy
pay: płacić, zapłacić, płatność, opłacić
creditcard: karta kredytowa, kartą, karta, visa
cash: gotówka, gotówką, czek
transfer: przelew, przelewem
installment: raty, na raty, finansowanie
invoice: faktura, rachunek, paragon
refund: zwrot pieniędzy, zwrot, zwrócić
discount: zniżka, rabat, ulga, zniżki
insurance: ubezpieczenie, ubezpieczony
claim: zgłoszenie szkody, roszczenie
cover: pokrywa, pokrycie, obejmuje
subscription: abonament, subskrypcja, plan
member: członek, członkostwo
cancel: anulować, odwołać, rezygnacja, wypowiedzenie, zrezygnować
change: zmienić, zmiana, przesunąć, przełożyć
move: przeprowadzka
appointment: wizyta, wizyty, termin, konsultacja
appointment: umówić, umówić się, zarezerwować, zapisać się
reserve: zarezerwować, rezerwacja, lista oczekujących
account: konto, moje konto, profil
login: zalogować, logowanie
password: hasło
forgot: zapomniałem, zapomniałam, zapomniane, resetować
register: rejestracja, zarejestrować, zapisać
email: e-mail, email, mail
phone: telefon, telefonicznie, zadzwonić, numer
address: adres, gdzie jesteście, lokalizacja, dojazd
parking: parking, parkować, samochód, auto
transport: autobus, metro, tramwaj, pociąg, stacja, przystanek, komunikacja
bike: rower, rowery, rowerem
access: wózek inwalidzki, wózek, dostępny, niepełnosprawny, podjazd, schody
lift: winda
toilet: toaleta, łazienka, wc
child: dziecko, dzieci, syn, córka, niemowlę
teen: nastolatek, nastolatki, młodzież
parent: rodzic, rodzice, matka, ojciec, mama, tata, opiekun
adult: dorosły, dorośli
age: wiek, lat
student: student, studenci, uczeń, uczniowie
senior: senior, seniorzy, emeryt, emeryci
family: rodzina
new: nowy, nowa, nowi, nowe
customer: klient, klienci, pacjent, pacjenci
staff: personel, pracownik, pracownicy
person: człowiek, osoba, ktoś
language: język, języki, mówi, mówią, mówić
english: angielski, angielsku
german: niemiecki, niemiecku
french: francuski, francusku
spanish: hiszpański, hiszpańsku
italian: włoski, włosku
portuguese: portugalski
dutch: niderlandzki
polish: polski, polsku
turkish: turecki
online: online, przez internet, strona, internet
app: aplikacja
download: pobrać
install: zainstalować, instalacja
device: urządzenie, tablet, smartfon, telefon
computer: komputer, laptop
wifi: wifi, internet bezprzewodowy
print: drukować, wydruk, drukarka
copy: kopia, ksero
scan: skanować, skaner
ebook: ebook, e-book, audiobook
borrow: wypożyczyć, wypożyczenie, wypożyczalnia, pożyczyć, wynająć
return: zwrócić, oddać, zwrot
late: spóźnienie, opóźnienie, po terminie
lost: zgubiłem, zgubiłam, zgubiony, zagubiony, skradziony
damage: uszkodzony, zniszczony, zepsuty, podarty, plama, uszkodzenie
repair: naprawa, naprawić
service: serwis, przegląd
replace: wymiana, wymienić
deliver: dostawa, wysyłka, przesyłka, paczka, wysłać
order: zamówienie, zamówić, kupić
track: śledzenie
stock: dostępny, dostępność
size: rozmiar, rozmiary
colour: kolor, kolory
warranty: gwarancja
trial: próba, okres próbny, przetestować
test: egzamin, test
certificate: certyfikat, dyplom, zaświadczenie
level: poziom, początkujący
lesson: lekcja, lekcje, kurs, kursy, zajęcia
teacher: nauczyciel, lektor, korepetytor
team: zespół, firma
group: grupa
user: użytkownik, licencja
privacy: dane osobowe, dane, prywatność, rodo
delete: usunąć
complaint: skarga, reklamacja, zażalenie
contact: kontakt, skontaktować
emergency: nagły wypadek, pilne, pilnie
pain: ból, boli
tooth: ząb, zęby, zębów
doctor: lekarz, dentysta, weterynarz
nervous: strach, boję, lęk, nerwowy
sedation: znieczulenie, sedacja, narkoza
pregnant: ciąża, w ciąży, karmienie piersią
pet: zwierzę, zwierzęta
dog: pies, psa, psy
cat: kot, kota, koty
vaccine: szczepienie, szczepionka
illness: choroba, chory
treatment: leczenie, zabieg, zabiegi
surgery: operacja
medicine: lek, leki, recepta
accident: wypadek, uraz
food: jedzenie
drink: picie, napój, kawa
gift: prezent, bon
donate: podarować, darowizna, oddać
event: wydarzenie, warsztaty, impreza, urodziny
tour: zwiedzanie, oprowadzanie
room: sala, pokój
document: dokument, dokumenty, formularz
id: dowód osobisty, paszport, legitymacja
record: dokumentacja, historia, kartoteka
result: wynik, wyniki
calendar: kalendarz
notification: powiadomienie, przypomnienie
error: błąd, nie działa
country: zagranica, kraj
travel: podróż, wyjazd
battery: bateria, akumulator, ładowarka
tyre: opona, opony
brake: hamulec, hamulce
renew: przedłużyć, przedłużenie, prolongata, odnowić
card: karta, karty, legitymacja
library: biblioteka, biblioteki, bibliotece
near: najbliższy, najbliższa, najbliżej, blisko
black: czarny, czarno-biały
white: biały, czarno-biały
accept: przyjmujecie, przyjmować, przyjmuje, akceptujecie, przyjmujemy
book: książka, książki, książek, powieść
notice: wcześniej, z wyprzedzeniem
weather: pogoda, deszcz, śnieg, pochmurno, chmury, słonecznie, zima
install: montaż, montować, instalator, instalatorzy, instalacja, instalację
power: prąd, elektryczność, energia, awaria prądu
product: produkt, produkty, artykuł, towar
sell: sprzedawać, sprzedajecie
price: tani, tanio, najtańszy, tańszy
expire: wygasa, wygasnąć, ważność, termin ważności, przeterminowany
birthday: urodziny
loyalty: punkty, lojalnościowy, nagroda
staff: podwykonawcy, technik, elektryk, pracownicy
contract: umowa, umowę, podpisałem, podpisać, odstąpienie
collect: odebrać, odbiór
home: dom, mieszkanie
cable: kabel, ethernet, usb, hdmi
screen: ekran, monitor, projektor
advice: porada, doradztwo, polecić
guest: gość, goście, odwiedzający
quiet: cisza, cicho, hałas, głośno, przeszkadzać
clean: czyścić, czyszczenie, myć
mistake: błąd, pomyłka, pomyliłem
desk: biurko, biurka, stanowisko
installment: raty, ratach, na raty
`,
  },
};
