import { stemmer } from '@orama/stemmers/italian';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * Italian (italiano), in the polite "Lei" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const it: LanguageData = {
  code: 'it',
  stopwordList: 'ita',
  frequencyList: 'italian',
  contact: {
    nameIs: [
      'la sottoscritta',
      'il sottoscritto',
      'mi chiamo',
      'io mi chiamo',
      'il mio nome è',
      'il mio nome e',
      "il mio nome e'",
      'il mio nome completo è',
      'il mio nome completo e',
      'il mio nome e cognome è',
      'il mio nome e cognome sono',
      'il nome è',
      'mi chiamano',
      'chiamatemi',
      'mio nome è',
      'il mio nome',
      'io sottoscritto',
      'io sottoscritta',
    ],
    givenNameIs: ['il mio nome di battesimo è', 'nome di battesimo:', 'di nome', 'il mio nome di battesimo'],
    familyNameIs: [
      'il mio cognome è',
      'il mio cognome e',
      "il mio cognome e'",
      'il cognome è',
      'cognome è',
      'cognome:',
      'cognome :',
      'di cognome',
    ],
    introductions: [
      '^io,',
      'sono',
      'io sono',
      '^qui è',
      '^qui e',
      "^qui e'",
      '^qui',
      '^sono io,',
      '^parla',
      '^ti scrive',
      '^vi scrive',
      '^le scrive',
      'sta parlando con',
      'stai parlando con',
      'parla con',
      'sono la',
      'sono il',
    ],
    asides: ["tra l'altro", 'comunque', 'a proposito'],
    nameThen: ['qui', 'al telefono', "all'apparecchio"],
    nameLabels: [
      'nome',
      'cognome',
      'nome e cognome',
      'cognome e nome',
      'nome completo',
      'nominativo',
      'cliente',
      'nome cliente',
      'referente',
      'intestatario',
      'intestataria',
      'richiedente',
    ],
    fillers: [
      'con',
      'a nome di',
      'sì',
      'si',
      "si'",
      'certo',
      'certamente',
      'certo che sì',
      'sicuro',
      'sicuramente',
      'ovviamente',
      'naturalmente',
      'assolutamente',
      'ok',
      'okay',
      'va bene',
      "d'accordo",
      'perfetto',
      'benissimo',
      'bene',
      'volentieri',
      'con piacere',
      'nessun problema',
      'ecco',
      'eccolo',
      'ecco a lei',
      'ecco qui',
      'sono io',
      'allora',
      'beh',
      'ehm',
      'dunque',
      'grazie',
      'scusi',
      'scusa',
      'prego',
      'in realtà',
    ],
    greetings: [
      'ciao',
      'ciao a tutti',
      'salve',
      'salve a tutti',
      'buongiorno',
      'buon giorno',
      'buongiorno a tutti',
      'buonasera',
      'buona sera',
      'buon pomeriggio',
      'gentile staff',
      'gentili signori',
      'spett.le',
      'egregi signori',
      'pronto',
      'ehi',
      'ehilà',
    ],
    nameStops: [
      'e',
      'di',
      'da',
      'del',
      'della',
      'dal',
      'con',
      'per',
      'a',
      'in',
      'o',
      'ma',
      'che',
      'io',
      'vorrei',
      'voglio',
      'volevo',
      'ho',
      'sono',
      'grazie',
      'per favore',
      'qui',
      'abito',
      'vivo',
      'mi',
      'perché',
      'perche',
      'su',
      'molto',
      'troppo',
      'davvero',
      'veramente',
      'proprio',
      'così',
      'già',
      'ancora',
      'non',
      'tanto',
    ],
    nameQuestions: [
      'il suo nome',
      'il tuo nome',
      'suo nome',
      'tuo nome',
      'nome e cognome',
      'nome completo',
      'nominativo',
      'come si chiama',
      'come ti chiami',
      'come vi chiamate',
      'qual è il suo nome',
      "qual e' il suo nome",
      'qual è il tuo nome',
      'con chi parlo',
      'con chi sto parlando',
      'con chi ho il piacere',
      'chi parla',
      'a che nome',
      'a nome di chi',
      'a quale nome',
      'come posso chiamarla',
      'come posso chiamarti',
      'i suoi dati',
      'i tuoi dati',
      'si presenti',
      'chi è lei',
      'lei è?',
      'lei è ?',
    ],
    givenNameQuestions: ['nome di battesimo', 'il suo nome di battesimo', 'solo il nome'],
    familyNameQuestions: ['cognome', 'il suo cognome', 'il tuo cognome'],
    requests: [
      'per favore',
      'per piacere',
      'per cortesia',
      'cortesemente',
      'gentilmente',
      'potrebbe',
      'potresti',
      'può',
      'puo',
      'puoi',
      'mi può',
      'mi puoi',
      'mi dica',
      'mi dici',
      'mi indichi',
      'indichi',
      'indicami',
      'mi fornisca',
      'fornisca',
      'mi lasci',
      'mi scriva',
      'scriva',
      'mi comunichi',
      'posso avere',
      'potrei avere',
      'qual è',
      "qual e'",
      'mi serve',
      'ho bisogno',
      'le chiedo',
      'le chiederei',
      'ti chiedo',
    ],
    emailQuestions: [
      'email',
      'e-mail',
      'mail',
      'indirizzo email',
      'indirizzo e-mail',
      'indirizzo mail',
      'indirizzo di posta',
      'posta elettronica',
      'indirizzo di posta elettronica',
      'la sua mail',
      'la tua mail',
      'pec',
      'contattarla',
      'contattarti',
      'ricontattarla',
    ],
    emailIs: [
      'la mia email',
      'la mia mail',
      'la mia e-mail',
      'il mio indirizzo',
      'la mia posta',
      'il mio',
      'la mia',
    ],
    closings: [
      'cordiali saluti',
      'distinti saluti',
      'un saluto',
      'un cordiale saluto',
      'un caro saluto',
      'cari saluti',
      'tanti saluti',
      'saluti cordiali',
      'saluti',
      'cordialmente',
      'con stima',
      'grazie',
      'grazie mille',
      'grazie ancora',
      'grazie in anticipo',
      'la ringrazio',
      'vi ringrazio',
      'ringrazio',
      'in attesa di riscontro',
      'in attesa di un vostro riscontro',
      'buona giornata',
      'buona serata',
      'a presto',
      'un abbraccio',
      'baci',
      'ciao',
    ],
    at: ['chiocciola', 'chiocciolina', 'at'],
    dot: ['punto'],
    corrections: [
      'scusa',
      'scusi',
      'scusate',
      'mi scusi',
      'pardon',
      'volevo dire',
      'intendevo',
      'cioè',
      'cioe',
      'anzi',
      'correggo',
      'correzione',
      'ho sbagliato',
      'mi sono sbagliato',
      'mi sono sbagliata',
      'errore',
      'sbagliato',
      'è sbagliato',
      'no,',
      'refuso',
      'errore di battitura',
      'quello giusto è',
      'quella giusta è',
      'in realtà',
      'invece',
    ],
    others: [
      'il commercialista',
      'il mio commercialista',
      'mia cugina',
      'mio cugino',
      'mia sorella',
      'mio fratello',
      'mia madre',
      'mio padre',
      'regalo per',
      'a mia',
      'a mio',
      'mio collega',
      'mia collega',
      'mio capo',
      'mia capa',
      'il mio responsabile',
      'la mia responsabile',
      'mia moglie',
      'mio marito',
      'il mio compagno',
      'la mia compagna',
      'mio figlio',
      'mia figlia',
      'mia madre',
      'mia mamma',
      'mio padre',
      'mio papà',
      'mio fratello',
      'mia sorella',
      'mio amico',
      'mia amica',
      'il mio fidanzato',
      'la mia fidanzata',
      'il mio assistente',
      'la mia assistente',
      'la mia segretaria',
      'in copia',
      'cc',
      'ho scritto a',
      'ho già scritto a',
      'gli ho scritto a',
      'una mail da',
      'una email da',
      'una e-mail da',
      'un messaggio da',
      'una risposta da',
      'mia cognata',
      'mio cognato',
      'mia suocera',
      'mio suocero',
      'mia nipote',
      'mio nipote',
    ],
    stale: [
      'vecchio',
      'vecchia',
      'non più',
      'non piu',
      'non uso più',
      'non lo uso più',
      'non è più',
      'precedente',
      'sbagliato',
      'sbagliata',
      'errato',
      'errata',
      'non valido',
      'non valida',
      'non attivo',
      'disattivato',
      'obsoleto',
      'non è mio',
      'non è mia',
    ],
    negations: ['non', 'e non', 'invece di', 'anziché', 'anziche', 'piuttosto che'],
    mailFrom: ['da', 'mittente', 'rispondi a'],
    refusals: [
      'preferisco di no',
      'preferisco non',
      'no grazie',
      'non voglio',
      'perché',
      'dopo',
      'più tardi',
    ],
    uncertain: ['non sono sicuro', 'non sono sicura', 'non ricordo', 'controllo', 'non mi ricordo', 'non so'],
    confirmations: ['sì', 'si', 'esatto', 'corretto', 'giusto'],
    mailTo: ['a'],
    contrasts: ['ma', 'però'],
    titles: [
      'sig',
      'sig.ra',
      'sigra',
      'sig.na',
      'signor',
      'signore',
      'signora',
      'signorina',
      'dott',
      'dott.ssa',
      'dottssa',
      'dr',
      'dottore',
      'dottoressa',
      'ing',
      'ingegnere',
      'avv',
      'avvocato',
      'arch',
      'architetto',
      'prof',
      'prof.ssa',
      'professore',
      'professoressa',
      'rag',
      'geom',
      'egr',
      'gent.mo',
      'gent.ma',
      'gentile',
    ],
  },
  intake: {
    stem: stemmer,
    letters: 'àèìòù',
    generalStopwords: generalStopwords('it'),
    stopwords: [
      ...`ciao salve buongiorno buonasera grazie prego per favore sì si no ok va bene allora quindi vorrei
    voglio volevo posso può possono potrei sapere domanda qualcosa qualcuno c'è ci sono avete ha hai è sono
    mio mia miei mie suo sua vostro vostra il lo la i gli le un uno una del della dei delle di da in con
    su per tra fra che come quando dove perché chi quale quali anche già ancora solo molto
    circa più o meno normalmente generalmente esattamente forse
    fare faccio mettere dare prendere venire andare vedere dire portare
    scusa scusi errore chiamo chiama nome gentile`.split(/\s+/),
    ],
    shorthand: {
      xké: 'perché',
      xche: 'perché',
      cmq: 'comunque',
      nn: 'non',
      wifi: 'wifi',
      ke: 'che',
      k: 'che',
      qnd: 'quando',
      dv: 'dove',
      cs: 'cosa',
      tt: 'tutto',
      sab: 'sabato',
      dom: 'domenica',
      tel: 'telefono',
      grz: 'grazie',
      qlc: 'qualche',
    },
    phrases: {
      opening: ['Ciao! Sono {bot}. Come posso aiutarLa?'],
      intro: ['Salve, sono {bot}.'],
      introGreeted: ['Salve{, first}! Sono {bot}.'],
      greet: ['Salve{, first}!', 'Ciao{, first}!'],
      greetAgain: ['Ben ritrovato{, first}!', 'Salve{, first}!'],
      welcome: ['Piacere, {first}!', 'Grazie, {first}!'],
      readBack: [
        'Grazie: il nostro team Le risponderà a {email}.',
        'Perfetto: il nostro team Le scriverà a {email}.',
      ],
      declined: ['Nessun problema.', 'Va bene.'],
      thanked: ['Prego{, first}!', 'Felice di esserLe stato utile{, first}!'],
      thankedEarly: ['Prego{, first}!'],
      confirmed: ['Perfetto{, first}.', 'Grazie{, first}.'],
      answerLead: ['', 'Ecco cosa posso dirLe:'],
      problemLead: ['Ecco cosa posso dirLe:', 'Questo può esserLe utile:'],
      onlyIn: ['Questa informazione ce l’ho solo in {language}:', 'È disponibile solo in {language}:'],
      sameAnswer: [
        'La mia risposta qui sopra copre anche questo.',
        'È nella mia risposta qui sopra: è tutto ciò che so.',
      ],
      unknown: [
        'Mi dispiace, non conosco la risposta e preferisco non tirare a indovinare.',
        'Purtroppo non ho questa informazione e non voglio indovinare.',
      ],
      offerAfterAnswer: [
        'Se non basta, una persona del nostro team può aiutarLa.',
        'Se Le serve altro, qualcuno del nostro team può occuparsene.',
      ],
      offerStatement: [
        'Una persona del nostro team può però aiutarLa.',
        'Qualcuno del nostro team può occuparsene.',
      ],
      offerQuestion: [
        'Vuole che passi la richiesta a una persona del nostro team?',
        'La metto in contatto con qualcuno del nostro team?',
      ],
      handoverAsked: [
        'Certo{, first}: passo subito la richiesta al nostro team.',
        'Va bene{, first}. La metto in contatto con una persona del nostro team.',
      ],
      handoverFrustrated: [
        'Mi dispiace per il disagio{, first}. Passo la richiesta a una persona del nostro team.',
      ],
      handoverStuck: [
        'Non lo so nemmeno io, mi dispiace{, first}. Passo la richiesta al nostro team perché La aiuti una persona.',
      ],
      handoverAccepted: [
        'Bene{, first}: passo la richiesta al nostro team.',
        'Fatto{, first}: una persona del nostro team se ne occuperà.',
      ],
      handoverUrgent: [
        'Sembra urgente{, first}. Se qualcuno è in pericolo, chiami subito il 112. Sto avvisando una persona del nostro team.',
      ],
      handoverDispute: [
        'Capisco{, first}. Deve occuparsene una persona del nostro team: passo subito la richiesta.',
      ],
      alreadyHanded: ['L’ho aggiunto per la persona del nostro team che se ne occupa{, first}.'],
      askEmailFirst: [
        'Qual è l’indirizzo e-mail migliore per risponderLe?',
        'Per poterLe rispondere, qual è il Suo indirizzo e-mail?',
      ],
      theyReply: ['Le risponderanno a {email}.', 'Le scriveranno a {email}.'],
      tellMore: ['Se vuole, mi dica in breve di cosa si tratta, così si fa prima.'],
      goOn: ['Certo, di cosa si tratta?', 'Volentieri. Cosa è successo?'],
      goOnQuestion: ['Certo, qual è la Sua domanda?'],
      askName: ['Posso chiederLe il nome, così il nostro team sa con chi parla?', 'Come si chiama?'],
      askEmail: [
        'Qual è l’indirizzo e-mail migliore per contattarLa?',
        'E il Suo indirizzo e-mail, nel caso il nostro team debba scriverLe?',
      ],
      afterAnswer: ['Risponde alla Sua domanda?', 'Le è utile?'],
      anythingElse: ['Posso aiutarLa in altro?', 'Altro?'],
      teamWillFollow: [
        'Qualcuno del nostro team La contatterà presto.',
        'Il nostro team se ne occuperà a breve.',
      ],
      goodbye: ['Buona giornata!', 'A presto!'],
      howCanIHelp: ['Come posso aiutarLa?', 'Di cosa ha bisogno?'],
    },
    smallTalk: {
      greeting: ['ciao', 'salve', 'buongiorno', 'buonasera', 'buon pomeriggio', 'a tutti'],
      closing: [
        'grazie|mille|tante|molto|gentile|ok|va|bene|perfetto|ottimo|arrivederci|ciao|a|presto|dopo|buona|giornata|serata|è|tutto|niente|altro|no',
      ],
      closingCue: ['grazie|arrivederci|a presto|è tutto'],
      yes: ["sì|si|ok|va|bene|certo|esatto|giusto|corretto|perfetto|per|favore|grazie|d'accordo"],
      yesCue: ["sì|si|ok|certo|esatto|giusto|corretto|d'accordo"],
      decline: ['preferisco di no|preferisco non|no grazie|perché le serve'],
      no: ['no'],
      vague: ['aiuto|aiutare|domanda|domande|problema|problemi|urgente|qualcosa|qualcuno|informazione'],
      followUp: ['e', 'anche', 'e per', 'e se', 'e i', 'e le', 'e il', 'e la', 'e invece', 'lo stesso per'],
      question: [
        "come|cosa|che|quando|dove|perché|chi|quale|quali|quanto|quanta|quanti|posso|può|potete|avete|c'è|ci sono|è|sono|accettate|fate",
      ],
      emailWord: ['e-?mail|posta'],
      nameWord: ['nome'],
    },
    handover: {
      person: [
        'parlare con',
        'parlare a',
        'mettermi in contatto',
        'richiamarmi|mi richiami|richiamatemi',
        'passarmi|mi passi',
        'una persona|un essere umano|un operatore|un consulente|una persona vera',
        'contattatemi|mi contatti',
        'con chi (?:devo|posso) parlare|a chi (?:devo|posso) rivolgermi',
        'mandate qualcuno|mandi qualcuno|venga qualcuno',
        "(?:ho bisogno|vorrei parlare|voglio parlare) (?:del|dell'|della|con l') ?(?:ufficio|reparto|responsabile|servizio)",
        '(?:il|al|la|alla) (?:responsabile|capo|direttore)',
        'mi (?:può|potete|possono) (?:chiamare|contattare|richiamare)|chiamatemi|mi chiami',
        '(?:mi )?(?:faccia|fate|facciate) (?:richiamare|chiamare|contattare)',
        'essere (?:ricontattat|contattat|richiamat)\\p{L}*|ricontattatemi',
      ],
      notPerson: ['non (?:ho bisogno|voglio) (?:di )?(?:una persona|un operatore)'],
      dispute: [
        'mi avete (?:addebitato|fatto pagare)',
        'addebitato (?:due volte|per errore)',
        'non (?:pago|pagherò)',
        'rimborsatemi|voglio (?:un |il )?rimborso|rivoglio i (?:miei )?soldi|i miei soldi',
        'contest\\p{L}*',
        'fattura[^.!?]{0,30} (?:è )?sbagliata|addebito (?:errato|non autorizzato)|chi paga (?:per )?(?:questo|i danni)',
        '(?:rifiutato|respinto) (?:la mia|il mio|la|il) (?:richiesta|rimborso|pratica|sinistro)|(?:richiesta|pratica|sinistro) (?:è stat[oa] )?(?:rifiutat[oa]|respint[oa])',
        '(?:voglio|vorrei) (?:fare ricorso|ricorrere)',
        '(?:ancora|non ho ancora) (?:ricevuto )?(?:il )?rimborso',
        'continuate (?:ad|a) addebitar\\p{L}*|addebitat[oa] dopo (?:la )?(?:disdetta|cancellazione)',
        'non ho (?:mai )?(?:autorizzato|ordinato|chiesto) (?:questo|questa|questi|niente)',
        'avete (?:perso|rotto|graffiato|danneggiato|cancellato)',
        '(?:è|questo è) (?:davvero |proprio )?ingiusto',
        '(?:mi )?(?:state|stanno) ignorando|ignorate le mie',
      ],
      legal: [
        'avvocat[oa]',
        'denuncia|denunciare',
        'tribunale',
        'garante',
        'polizia',
        'associazione consumatori',
        'diritto di accesso|ingannevole|pubblicità ingannevole|azioni legali|consulenza legale',
        '(?:voglio|vorrei|farò) (?:fare |presentare )?un reclamo|reclamo formale|escalation',
        'recensione negativa',
      ],
      frustration: [
        'inutile',
        'ridicolo',
        'vergogna',
        'inaccettabile',
        'assurdo',
        'non mi aiuta',
        'non serve a niente',
        'non è quello che ho chiesto',
        'stufo',
        'ladri|truffa\\p{L}*|truffatori|maleducat\\p{L}*|scortese',
        '(?:sono|siamo) (?:molto |davvero |proprio )?(?:arrabbiat[oaie]|furios[oaie]|indignat[oaie])|pessimo servizio',
        '(?:molto |davvero )?delus[oaie]|insoddisfatt[oaie]|non sono (?:per niente )?soddisfatt[oaie]',
        'non (?:mi )?capisci|non mi stai capendo',
      ],
      repeated: [
        '(?:seconda|terza|quarta) volta',
        'nessuno (?:risponde|mi risponde)',
        'ancora nessuna risposta',
        'ho già (?:chiesto|scritto|chiamato)',
        '(?:aspetto|aspettiamo) da (?:più di )?(?:\\d+|due|tre|quattro|cinque|diverse|diversi|molte|molti) (?:giorni|settimane|mesi)',
        'ancora non (?:risolto|riparato|sistemato)|non è ancora (?:stato )?(?:risolto|riparato)',
        'nessuno mi ha (?:risposto|richiamato)|quante volte devo',
        'non (?:hai|ha|avete) rispost[oa] (?:alla|a) (?:mia )?domanda|non risponde (?:alla|a) (?:mia )?domanda|risposta sbagliata|(?:la )?stessa risposta',
      ],
      urgent: [
        'emergenza|urgenza',
        'dolore (?:insopportabile|fortissimo|forte)',
        'sanguina (?:molto|ancora)|non smette di sanguinare',
        'svenut[oa]|incosciente|non respira|non risponde',
        'ingoiato|soffoca',
        'fuoco|incendio|fumo',
        'odore di gas|fuga di gas',
        'ambulanza',
        'reazione allergica',
        'fatica a respirare|non riesc[eo] a respirare',
        'gonfi[oae]|gonfiat\\p{L}*',
        'ha (?:bevuto|ingerito|preso) (?:\\p{L}+ ){0,3}(?:pastiglie|pillole|compresse|sciroppo|medicin\\p{L}*)',
        'vertigini|stordit\\p{L}*',
        'odore di bruciato|puzza di bruciato|scintille',
        'fili (?:scoperti|elettrici scoperti)',
        'allagat\\p{L}*|allagamento',
        'chius[oa] fuori',
        "è un'emergenza|investit[oa]|sono cadut[oa]",
        'si è rott[oa] (?:il|la|un|una)|(?:in|al) (?:ospedale|pronto soccorso)',
        'sanguina (?:molto|tanto)|molto sangue|vomita sangue',
        'freni? (?:hanno |ha )?ceduto|non riesce (?:più )?a (?:camminare|alzarsi|stare in piedi)',
        'hackerat[oa]|accesso non autorizzato|fuga di dati|violazione dei dati|perso tutti i (?:miei )?(?:dati|file|progetti)|(?:i miei )?(?:dati|file|progetti) sono spariti',
        '(?:battuto|sbattuto) la testa|dolore al petto|un ictus|infarto',
        '(?:bambin[oa]|figli[oa]) (?:è )?scompars[oa]|minacciat\\p{L}*|aggredit\\p{L}*|è caduto|è caduta',
        '(?:cane|gatto|gatta|cucciolo) ha (?:mangiato|ingerito|inghiottito)|veleno|avvelenat\\p{L}*',
        'mi sono (?:bruciat|scottat)[oa]|ustion\\p{L}*',
      ],
    },
    concepts: `
open: aperto, aperta, aperti, aprite, apre, apertura, orari di apertura
close: chiuso, chiusa, chiusi, chiusura
hours: orari, orario, orari di apertura
monday: lunedì
tuesday: martedì
wednesday: mercoledì
thursday: giovedì
friday: venerdì
saturday: sabato
sunday: domenica
weekend: fine settimana, weekend
weekend: sabato, domenica
holiday: festivo, festivi, ferie, vacanze
today: oggi, stasera
tomorrow: domani
evening: sera, la sera
morning: mattina, la mattina
duration: quanto tempo, durata, dura, ci vuole
time: a che ora, ora
week: settimana, settimane
month: mese, mesi, mensile
year: anno, anni, annuale
day: giorno, giorni
minute: minuto, minuti
price: prezzo, prezzi, costo, costa, costano, tariffa, tariffe, quanto, quanto costa, caro, economico, si paga, quanto si paga, penale
free: gratis, gratuito, gratuita, senza costi
pay: pagare, pagamento
creditcard: carta di credito, carta, bancomat, visa
cash: contanti, assegno, assegni
transfer: bonifico, addebito diretto
installment: rate, a rate, rateizzare, finanziamento
invoice: fattura, fatture, ricevuta
refund: rimborso, rimborsare, soldi indietro
discount: sconto, sconti, riduzione, ridotto, codice sconto
insurance: assicurazione, assicurato, assicuratore
claim: sinistro, richiesta di rimborso, denuncia di sinistro
cover: copre, copertura, coperto
excess: franchigia
subscription: abbonamento, abbonamenti, piano, piani
member: socio, membro, iscrizione
cancel: annullare, disdire, disdico, disdetta, cancellare, cancellazione, disdetto
change: cambiare, modificare, spostare, rinviare
move: trasloco, trasferirmi
appointment: appuntamento, appuntamenti, visita, consulenza, seduta
appointment: prenotare un appuntamento, prenotare, fissare un appuntamento
reserve: prenotare, prenotazione, lista d'attesa
account: account, profilo, il mio account
login: accedere, accesso, login
password: password, parola d'ordine
forgot: dimenticato, dimenticata, dimenticare, reimpostare
register: registrarsi, registrazione, iscriversi, iscrizione
email: email, e-mail, posta elettronica
phone: telefono, telefonare, chiamare, numero
address: indirizzo, dove siete, dove si trova, come arrivare
parking: parcheggio, parcheggiare, auto, macchina
transport: autobus, metro, metropolitana, treno, stazione, fermata, mezzi pubblici
bike: bici, bicicletta, biciclette, bici elettrica
access: sedia a rotelle, accessibile, accessibilità, disabile, disabilità, rampa, gradini
lift: ascensore
toilet: bagno, bagni, toilette
child: bambino, bambini, bambina, figlio, figlia, figli, neonato
teen: adolescente, adolescenti, ragazzi
parent: genitore, genitori, madre, padre, mamma, papà
adult: adulto, adulti
age: età, anni
student: studente, studenti, studentessa, alunno
senior: pensionato, pensionati, anziani
family: famiglia, famiglie
new: nuovo, nuova, nuovi, nuove
customer: cliente, clienti, paziente, pazienti
staff: personale, dipendente, dipendenti, team
person: persona, umano, qualcuno
language: lingua, lingue, parla, parlano, parlare
english: inglese
german: tedesco
french: francese
spanish: spagnolo
italian: italiano
portuguese: portoghese
dutch: olandese
polish: polacco
turkish: turco
online: online, sito, sito web, internet
app: app, applicazione
download: scaricare, download
install: installare, installazione
device: dispositivo, tablet, smartphone, cellulare
computer: computer, pc, portatile
wifi: wifi, wi-fi, rete wireless
print: stampare, stampa, stampante
copy: copia, copie, fotocopia
scan: scansionare, scanner
ebook: ebook, libro digitale, libri digitali, audiolibro
borrow: prestito, prendere in prestito, noleggiare, noleggio, affittare
return: restituire, restituzione, riportare, reso
late: ritardo, in ritardo, tardi
lost: perso, persa, perdere, smarrito, rubato
damage: danneggiato, rotto, rotta, rovinato, macchiato, difettoso, danno
repair: riparare, riparazione, aggiustare
service: manutenzione, revisione, tagliando
replace: sostituire, sostituzione, cambiare
deliver: spedizione, spedire, consegna, consegnare, pacco
order: ordine, ordinare, acquisto, comprare
track: tracciamento, tracciare
stock: disponibile, disponibilità, esaurito
size: taglia, taglie, misura
colour: colore, colori, a colori
warranty: garanzia
trial: prova, provare, periodo di prova
test: esame, test, verifica
certificate: certificato, diploma, attestato
level: livello, livelli, principiante, avanzato
lesson: lezione, lezioni, corso, corsi, classe
teacher: insegnante, professore, tutor
team: team, squadra, azienda, impresa
group: gruppo, gruppi
user: utente, utenti, licenza
privacy: dati personali, dati, privacy, gdpr
delete: cancellare, eliminare
complaint: reclamo, reclami, lamentela, suggerimento
contact: contatto, contattare
emergency: emergenza, urgente, urgenza
pain: dolore, male, fa male
tooth: dente, denti, dentale
doctor: medico, dottore, dentista, veterinario
nervous: paura, ansia, ansioso, nervoso, fobia
sedation: sedazione, anestesia, sedare
pregnant: incinta, gravidanza, allattamento
pet: animale, animali, animale domestico
dog: cane, cani, cucciolo
cat: gatto, gatti, gattino
vaccine: vaccino, vaccini, vaccinazione
illness: malattia, malato
treatment: trattamento, cura, terapia
surgery: operazione, intervento, chirurgia
medicine: farmaco, farmaci, medicina, ricetta
accident: incidente, infortunio, ferito
food: cibo, mangiare, pasto
drink: bere, bevanda, caffè
gift: regalo, buono regalo, carta regalo
donate: donare, donazione
event: evento, eventi, laboratorio, festa, compleanno
tour: visita, visita guidata
room: sala, sale, spazio
desk: postazione, scrivania, posto studio
document: documento, documenti, modulo
id: carta d'identità, documento d'identità, passaporto
record: cartella, cartella clinica, storico
result: risultato, risultati
calendar: calendario, agenda
sync: sincronizzare, sincronizzazione
export: esportare
share: condividere, invitare
notification: notifica, notifiche, promemoria
offline: offline, senza internet
error: errore, bug, non funziona
country: estero, paese, internazionale
travel: viaggio, viaggiare
battery: batteria, caricatore
tyre: gomma, gomme, pneumatico, foratura
brake: freno, freni
renew: rinnovare, rinnovo, prorogare, proroga, prolungare
card: tessera, carta
library: biblioteca, biblioteche
near: più vicino, più vicina, vicino
black: nero, bianco e nero
white: bianco, bianco e nero
accept: accettare, accettate, accetta, prendete
book: libro, libri, romanzo, romanzi
notice: preavviso, in anticipo, prima
hours: ore
weather: pioggia, neve, nuvoloso, nuvole, soleggiato, inverno, meteo
install: montaggio, montare, installatore, installatori
power: elettricità, corrente, energia, blackout
product: prodotto, prodotti, articolo, articoli
sell: vendere, vendete, vende
price: economico, più economico, conveniente
expire: scadere, scade, scadenza, scaduto, valido, validità
birthday: compleanno
loyalty: punti, fedeltà, premio
staff: subappaltatori, subappaltatore, tecnico, tecnici, elettricista, dipendenti
contract: contratto, firmato, firmare, recesso
collect: ritirare, ritiro
home: casa, appartamento, domicilio
cable: cavo, ethernet, usb, hdmi
screen: schermo, monitor, proiettore
advice: consiglio, consulenza, consigliare
guest: ospite, ospiti, visitatore, visitatori
quiet: silenzio, tranquillo, rumore, disturbare
clean: pulire, pulizia, lavare
mistake: errore, sbagliato, sbagliare
lock: serratura, lucchetto
security: sicurezza
slow: lento, lenta
upload: caricare, allegare
xray: radiografia, radiografie
`,
  },
};
