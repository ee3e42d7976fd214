import { stemmer } from '@orama/stemmers/french';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * French (français), in the polite "vous" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const fr: LanguageData = {
  code: 'fr',
  stopwordList: 'fra',
  frequencyList: 'french',
  contact: {
    nameIs: [
      'je soussigné',
      'je soussignée',
      'je soussigné,',
      'je soussignée,',
      "je m'appelle",
      'je m appelle',
      'je mappelle',
      "j'm'appelle",
      "jm'appelle",
      'mon nom est',
      "mon nom c'est",
      'mon nom complet est',
      "mon nom complet c'est",
      'mon vrai nom est',
      'mon nom et prénom',
      'mes nom et prénom',
      'mon nom et prenom',
      'je me nomme',
      "moi c'est",
      "moi, c'est",
      'moi cest',
      "le nom c'est",
      'mon nom',
      'je, soussigné',
      'je, soussignée',
      'le soussigné',
      'la soussignée',
    ],
    givenNameIs: [
      'mon prénom est',
      "mon prénom c'est",
      'mon prenom est',
      "mon prenom c'est",
      'je me prénomme',
      'je me prenomme',
      'prénom:',
      'prénom :',
      'prenom:',
      'prenom :',
    ],
    familyNameIs: [
      'mon nom de famille est',
      "mon nom de famille c'est",
      'mon nom de famille',
      'nom de famille:',
      'nom de famille :',
      'nom de famille est',
    ],
    introductions: [
      '^moi,',
      'je suis',
      'moi je suis',
      '^ici',
      "^ici c'est",
      "^c'est",
      '^cest',
      '^c est',
      'vous parlez avec',
      'vous parlez à',
      'tu parles avec',
      'tu parles à',
      'vous êtes en contact avec',
    ],
    asides: ['au fait', "d'ailleurs", 'du coup'],
    nameThen: ["à l'appareil", "a l'appareil", 'au téléphone'],
    nameLabels: [
      'nom',
      'prénom',
      'prenom',
      'nom complet',
      'nom et prénom',
      'nom et prenom',
      'nom prénom',
      'nom prenom',
      'prénom et nom',
      'prénom nom',
      'nom de famille',
      'nom du client',
      'client',
      'cliente',
      'interlocuteur',
      'identité',
      'demandeur',
    ],
    fillers: [
      'avec',
      'au nom de',
      'oui',
      'ouais',
      'ouaip',
      'si',
      'bien sûr',
      'bien sur',
      'bien entendu',
      'évidemment',
      'evidemment',
      'certainement',
      'absolument',
      "d'accord",
      "d'acc",
      'dac',
      'ok',
      'okay',
      'oké',
      'très bien',
      'tres bien',
      'parfait',
      'pas de problème',
      'pas de probleme',
      'pas de souci',
      'pas de soucis',
      'volontiers',
      'avec plaisir',
      'voilà',
      'voila',
      'voici',
      "c'est",
      'cest',
      "il s'agit de",
      "c'est moi",
      'moi',
      'alors',
      'euh',
      'bon',
      'bah',
      'merci',
      'pardon',
      'désolé',
      'désolée',
      'en fait',
    ],
    greetings: [
      'bonjour',
      'bonsoir',
      'salut',
      'coucou',
      'bonjour à tous',
      'bonjour a tous',
      'bonjour madame',
      'bonjour monsieur',
      'madame, monsieur',
      'madame monsieur',
      'chère équipe',
      'chere equipe',
      'cher service client',
      'rebonjour',
      're bonjour',
      'bjr',
      'slt',
      'bsr',
      'allô',
      'allo',
      'bien le bonjour',
    ],
    nameStops: [
      'et',
      'de',
      'du',
      'des',
      'à',
      'au',
      'aux',
      'avec',
      'pour',
      'chez',
      'en',
      'ou',
      'mais',
      'donc',
      'je',
      "j'ai",
      "j'aimerais",
      'jaimerais',
      'voudrais',
      'veux',
      'souhaite',
      'suis',
      'ici',
      'merci',
      "s'il",
      'svp',
      'stp',
      'qui',
      'car',
      'habite',
      'dans',
      'sur',
      'par',
      'très',
      'trop',
      'vraiment',
      'tellement',
      'super',
      'assez',
      'plutôt',
      'vachement',
      'si',
      'déjà',
      'encore',
      'toujours',
      'pas',
    ],
    nameQuestions: [
      'votre nom',
      'ton nom',
      'votre nom complet',
      'ton nom complet',
      'vos nom et prénom',
      'vos nom et prenom',
      'votre nom et prénom',
      'votre nom et prenom',
      'votre prénom et nom',
      'comment vous appelez-vous',
      'comment vous appelez vous',
      "comment t'appelles-tu",
      "comment t'appelles tu",
      "comment tu t'appelles",
      "tu t'appelles comment",
      'vous vous appelez comment',
      "à qui ai-je l'honneur",
      "a qui ai-je l'honneur",
      "à qui ai je l'honneur",
      "a qui ai je l'honneur",
      'à qui ai-je le plaisir',
      'avec qui ai-je le plaisir',
      'et vous êtes',
      'et vous etes',
      'vos coordonnées',
      'vos coordonnees',
      'à quel nom',
      'a quel nom',
      'sous quel nom',
      'au nom de qui',
      'qui êtes-vous',
      "qui est à l'appareil",
      "qui est a l'appareil",
      'présentez-vous',
      'comment puis-je vous appeler',
      'comment dois-je vous appeler',
      'avec qui je parle',
      'à qui je parle',
      'vous êtes ?',
      'vous êtes?',
      'tu es ?',
      'tu es?',
      "c'est de la part de",
      'de la part de qui',
    ],
    givenNameQuestions: ['prénom', 'prenom', 'votre prénom', 'ton prénom'],
    familyNameQuestions: ['nom de famille', 'nom de naissance', 'patronyme'],
    requests: [
      "s'il vous plaît",
      "s'il vous plait",
      "s'il te plaît",
      "s'il te plait",
      'svp',
      'stp',
      'merci de',
      "merci d'",
      'pourriez-vous',
      'pourriez vous',
      'pouvez-vous',
      'pouvez vous',
      'peux-tu',
      'peux tu',
      'pourrais-tu',
      'puis-je',
      'puis je',
      'pourrais-je',
      'veuillez',
      'voulez-vous',
      'indiquez',
      'indiquez-moi',
      'donnez-moi',
      'communiquez-moi',
      'précisez',
      'dites-moi',
      'quel est',
      'quelle est',
      "j'aurais besoin de",
      "j'ai besoin de",
      'renseignez',
      'laissez-moi',
    ],
    emailQuestions: [
      'e-mail',
      'email',
      'mail',
      'adresse e-mail',
      'adresse email',
      'adresse mail',
      'adresse électronique',
      'adresse electronique',
      'courriel',
      'adresse courriel',
      'votre mail',
      'ton mail',
      'mél',
      'boîte mail',
      'boite mail',
      'vous joindre',
      'vous contacter',
      'te contacter',
      'vous recontacter',
    ],
    emailIs: [
      'mon adresse',
      'mon email',
      'mon e-mail',
      'mon mail',
      'mon courriel',
      'mon adresse mail',
      'mon adresse e-mail',
      'la mienne',
      'le mien',
    ],
    closings: [
      'cordialement',
      'bien cordialement',
      'très cordialement',
      'tres cordialement',
      'cdlt',
      'cdt',
      'bien à vous',
      'bien a vous',
      'salutations',
      'sincères salutations',
      'meilleures salutations',
      'salutations distinguées',
      'salutations distinguees',
      'bonne journée',
      'bonne journee',
      'belle journée',
      'bonne soirée',
      'bonne soiree',
      'merci',
      'merci beaucoup',
      "merci d'avance",
      'merci par avance',
      'mille mercis',
      'je vous remercie',
      'en vous remerciant',
      'merci et bonne journée',
      'amicalement',
      'amitiés',
      'bises',
      'bisous',
      'à bientôt',
      'a bientot',
      'respectueusement',
    ],
    at: ['arobase', 'arobas', 'arrobase', 'arrobe', 'a commercial', 'at'],
    dot: ['point'],
    corrections: [
      'désolé',
      'désolée',
      'desole',
      'desolee',
      'pardon',
      'oups',
      'excusez-moi',
      'je voulais dire',
      'je veux dire',
      "c'est faux",
      'c est faux',
      'non,',
      'erreur',
      'je me suis trompé',
      'je me suis trompée',
      'je me suis trompe',
      'correction',
      'rectification',
      'je rectifie',
      'plutôt',
      'plutot',
      'faute de frappe',
      'coquille',
      'en fait',
      'au lieu de',
      'la bonne adresse est',
      'le bon est',
    ],
    others: [
      'ma belle-mère',
      'mon beau-père',
      'mon comptable',
      'ma sœur',
      'mon frère',
      'ma mère',
      'mon père',
      'ma fille',
      'mon fils',
      'cadeau pour',
      'pour ma',
      'pour mon',
      'mon collègue',
      'mon collegue',
      'ma collègue',
      'ma collegue',
      'mon chef',
      'ma cheffe',
      'mon patron',
      'ma patronne',
      'mon responsable',
      'ma responsable',
      'ma femme',
      'mon épouse',
      'mon epouse',
      'mon mari',
      'mon époux',
      'mon epoux',
      'mon conjoint',
      'ma conjointe',
      'mon compagnon',
      'ma compagne',
      'mon fils',
      'ma fille',
      'ma mère',
      'ma mere',
      'ma maman',
      'mon père',
      'mon pere',
      'mon papa',
      'mon frère',
      'mon frere',
      'ma sœur',
      'ma soeur',
      'mon ami',
      'mon amie',
      'mon copain',
      'ma copine',
      'mon assistant',
      'mon assistante',
      'ma secrétaire',
      'en copie',
      'cc',
      "j'ai écrit à",
      "j'ai deja écrit à",
      "j'ai déjà écrit à",
      'écrit à',
      'un mail de',
      'un e-mail de',
      'un email de',
      'un courriel de',
      'un message de',
      'une réponse de',
      'mail reçu de',
    ],
    stale: [
      'ancienne',
      'ancien',
      'anciens',
      'anciennes',
      'plus valide',
      "n'est plus valide",
      'plus à jour',
      'plus a jour',
      'obsolète',
      'obsolete',
      'périmé',
      'périmée',
      "je n'utilise plus",
      "n'utilise plus",
      'plus utilisée',
      'plus utilisé',
      'erroné',
      'erronée',
      'faux',
      'fausse',
      'mauvais',
      'mauvaise',
      'précédent',
      'précédente',
      'pas la mienne',
      'pas le mien',
      'désactivé',
      'désactivée',
    ],
    negations: ['pas', 'et non', 'et pas', 'non pas', 'au lieu de', 'plutôt que', 'plutot que'],
    mailFrom: ['de', 'expéditeur', 'expediteur', 'répondre à', 'repondre a'],
    refusals: [
      'je préfère ne pas',
      'plutôt pas',
      'non merci',
      'pas envie',
      'pourquoi',
      'plus tard',
      'je ne veux pas',
    ],
    uncertain: [
      'pas sûr',
      'pas sûre',
      'soit',
      'je ne sais plus',
      'je ne me souviens plus',
      'je vérifie',
      'je ne sais pas',
      'je ne me souviens pas',
      'je sais plus',
    ],
    confirmations: ['oui', 'exactement', "c'est ça", 'correct', 'tout à fait'],
    mailTo: ['à', 'a'],
    contrasts: ['mais', 'cependant'],
    titles: [
      'm',
      'mme',
      'mlle',
      'monsieur',
      'madame',
      'mademoiselle',
      'me',
      'maître',
      'maitre',
      'dr',
      'docteur',
      'pr',
      'professeur',
      'ing',
    ],
  },
  intake: {
    stem: stemmer,
    letters: 'çèêëîïôœùûÿ',
    generalStopwords: generalStopwords('fr'),
    stopwords: [
      ...`bonjour bonsoir salut coucou merci svp stp s'il vous plaît plait oui non ok d'accord alors donc bien
    est-ce est ce que qu' qu d' l' j' c' n' s' m' t' je tu il elle on nous vous ils elles me te se moi toi
    mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs un une des du de la le les au aux
    ai as a avons avez ont suis es sommes êtes sont être avoir fait faire peux peut pouvez pouvons puis
    veux veut voulez voudrais voudrait aimerais souhaite savoir question petite juste vraiment aussi
    encore déjà quoi comment quand où pourquoi qui quel quelle quels quelles combien y en il-y
    environ à peu près normalement généralement exactement peut-être
    faire fais fait mettre mets donner prendre venir aller voir dire
    pardon désolé désolée erreur appelle appelles nom cher chère`.split(/\s+/),
    ],
    shorthand: {
      svp: "s'il vous plaît",
      stp: "s'il te plaît",
      mdp: 'mot de passe',
      rdv: 'rendez-vous',
      wifi: 'wifi',
      jsp: 'je ne sais pas',
      pk: 'pourquoi',
      pq: 'pourquoi',
      qd: 'quand',
      koi: 'quoi',
      bcp: 'beaucoup',
      tjs: 'toujours',
      dispo: 'disponible',
      tel: 'téléphone',
      sam: 'samedi',
      dim: 'dimanche',
      cb: 'carte bancaire',
    },
    phrases: {
      opening: ['Bonjour ! Je suis {bot}. Comment puis-je vous aider ?'],
      intro: ['Bonjour, je suis {bot}.'],
      introGreeted: ['Bonjour{, first} ! Je suis {bot}.'],
      greet: ['Bonjour{, first} !'],
      greetAgain: ['Re-bonjour{, first} !', 'Bonjour{, first} !'],
      welcome: ['Enchanté, {first} !', 'Merci, {first} !'],
      readBack: [
        'Merci – notre équipe vous répondra à {email}.',
        'C’est noté – notre équipe vous écrira à {email}.',
      ],
      declined: ['Pas de problème.', 'Aucun souci.'],
      thanked: ['Avec plaisir{, first} !', 'Je vous en prie{, first} !'],
      thankedEarly: ['Je vous en prie{, first} !'],
      confirmed: ['Parfait{, first}.', 'Merci{, first}.'],
      answerLead: ['', 'Voici ce que je peux vous dire :'],
      problemLead: ['Voici ce que je peux vous dire :', 'Ceci peut vous aider :'],
      onlyIn: [
        'Je n’ai cette information qu’en {language} :',
        'Cette information n’existe qu’en {language} :',
      ],
      sameAnswer: [
        'Ma réponse ci-dessus couvre aussi cela.',
        'C’est dans ma réponse ci-dessus – c’est tout ce que je sais.',
      ],
      unknown: [
        'Je suis désolé, je ne connais pas la réponse et je préfère ne pas deviner.',
        'Je n’ai malheureusement pas cette information, et je ne veux pas deviner.',
      ],
      offerAfterAnswer: [
        'Si cela ne suffit pas, une personne de notre équipe peut vous aider.',
        'S’il vous faut plus, quelqu’un de notre équipe peut prendre le relais.',
      ],
      offerStatement: [
        'Une personne de notre équipe peut vous aider, en revanche.',
        'Quelqu’un de notre équipe peut s’en occuper.',
      ],
      offerQuestion: [
        'Voulez-vous que je transmette votre demande à une personne de notre équipe ?',
        'Dois-je passer la main à quelqu’un de notre équipe ?',
      ],
      handoverAsked: [
        'Bien sûr{, first} – je transmets votre demande à notre équipe.',
        'D’accord{, first}. Je vous mets en relation avec une personne de notre équipe.',
      ],
      handoverFrustrated: [
        'Je suis désolé pour ce désagrément{, first}. Je transmets votre demande à une personne de notre équipe.',
      ],
      handoverStuck: [
        'Je ne le sais pas non plus, désolé{, first}. Je transmets à notre équipe pour qu’une personne vous aide.',
      ],
      handoverAccepted: [
        'Très bien{, first} – je transmets à notre équipe.',
        'C’est fait{, first} – une personne de notre équipe prend le relais.',
      ],
      handoverUrgent: [
        'Cela semble urgent{, first}. Si quelqu’un est en danger, appelez immédiatement le 112. Je préviens une personne de notre équipe.',
      ],
      handoverDispute: [
        'Je comprends{, first}. Une personne de notre équipe doit examiner cela, je lui transmets maintenant.',
      ],
      alreadyHanded: ['J’ai ajouté cela pour la personne de notre équipe qui prend le relais{, first}.'],
      askEmailFirst: [
        'Quelle est la meilleure adresse e-mail pour vous répondre ?',
        'Pour qu’on puisse vous répondre, quelle est votre adresse e-mail ?',
      ],
      theyReply: ['La réponse arrivera à {email}.', 'On vous écrira à {email}.'],
      tellMore: ['Si vous voulez, dites-moi en quelques mots de quoi il s’agit, pour aller plus vite.'],
      goOn: ['Bien sûr – de quoi s’agit-il ?', 'Volontiers. Que se passe-t-il ?'],
      goOnQuestion: ['Bien sûr – quelle est votre question ?'],
      askName: [
        'Puis-je vous demander votre nom, pour que notre équipe sache à qui elle répond ?',
        'Quel est votre nom ?',
      ],
      askEmail: [
        'Quelle est la meilleure adresse e-mail pour que notre équipe vous joigne ?',
        'Et votre adresse e-mail, au cas où notre équipe aurait besoin de vous écrire ?',
      ],
      afterAnswer: ['Cela répond-il à votre question ?', 'Est-ce que cela vous aide ?'],
      anythingElse: ['Puis-je vous aider pour autre chose ?', 'Autre chose ?'],
      teamWillFollow: [
        'Quelqu’un de notre équipe vous contactera bientôt.',
        'Notre équipe s’en occupe rapidement.',
      ],
      goodbye: ['Bonne journée !', 'À bientôt !'],
      howCanIHelp: ['Comment puis-je vous aider ?', 'Que puis-je faire pour vous ?'],
    },
    smallTalk: {
      greeting: [
        'bonjour',
        'bonsoir',
        'salut',
        'coucou',
        'allô',
        'madame',
        'monsieur',
        'à tous',
        'tout le monde',
      ],
      closing: [
        "merci|beaucoup|bien|mille|fois|ok|d'accord|parfait|super|génial|top|au|revoir|bonne|journée|soirée|fin|de|semaine|à|bientôt|plus|tard|ciao|salut|c'est|tout|ça|sera|rien|d'autre|non|madame|monsieur",
      ],
      closingCue: ["merci|au revoir|bonne (?:journée|soirée)|à bientôt|à plus|c'est tout"],
      yes: [
        "oui|ouais|ok|d'accord|exact|exactement|c'est|ça|ce|correct|parfait|bien|sûr|volontiers|s'il|vous|plaît|merci|tout|à|fait",
      ],
      yesCue: ["oui|ouais|ok|d'accord|exact|exactement|correct|volontiers|tout à fait"],
      decline: ['je préfère pas|je préfère ne pas|plutôt pas|non merci|pas envie|pourquoi avez-vous besoin'],
      no: ['non|nan'],
      vague: [
        "aide|aider|question|questions|problème|problèmes|souci|soucis|urgent|quelque|chose|quelqu'un|besoin",
      ],
      followUp: [
        'et',
        'aussi',
        'et pour',
        'et si',
        'et les',
        'et le',
        'et la',
        "qu'en est-il",
        'même chose pour',
      ],
      question: [
        "comment|quoi|que|qu'est-ce|quand|où|pourquoi|qui|quel(?:le)?s?|combien|est-ce|puis-je|peut-on|pouvez-vous|avez-vous|y a-t-il|faut-il|dois-je|êtes-vous|acceptez-vous",
      ],
      emailWord: ['e-?mail|courriel|adresse'],
      nameWord: ['nom'],
    },
    handover: {
      person: [
        'parler (?:à|avec)',
        'parler à quelqu',
        'joindre (?:quelqu|un|une)',
        'rappeler|rappelez-moi|me rappeler',
        'mettre en (?:relation|contact)|mettez-moi en',
        'un humain|une personne réelle|une vraie personne|un conseiller|une conseillère|un agent|un responsable',
        'contactez-moi|me contacter',
        "à qui (?:dois-je|puis-je|je dois|je peux|dois je|puis je) (?:parler|m'adresser|écrire)",
        "envoyez (?:quelqu'un|un technicien)|quelqu'un doit venir",
        "(?:besoin|parler) (?:du|de la|d'un|d'une) (?:responsable|gérant\\p{L}*|manager|direct\\p{L}*)",
        '(?:le|au|la|à la) (?:responsable|patron|patronne|gérant|gérante)',
        "m'appeler|me téléphoner|me contacter|appelez-moi",
        'parler (?:au|aux) (?:directeur|directrice|responsable|gérant\\p{L}*|patron\\p{L}*|service|chef)',
        'être (?:contactée?|rappelée?|recontactée?)',
      ],
      notPerson: ["(?:pas besoin|n'ai pas besoin) d'(?:un humain|une personne|un conseiller)"],
      dispute: [
        "vous (?:m'avez|avez) (?:facturé|débité|prélevé)",
        '(?:facturé|débité|prélevé) (?:deux fois|à tort|en double)',
        'je (?:ne )?(?:paierai|payerai) pas|refuse de payer',
        'rembourse[zr]?-moi|je veux (?:être )?rembours|je (?:veux|demande|exige) (?:un |le |mon )?remboursement',
        'récupérer mon argent|mon argent',
        'contest\\p{L}*',
        'facture[^.!?]{0,30} (?:est )?(?:fausse|erronée|incorrecte)',
        'qui (?:va )?pa(?:ie|yer) (?:pour )?(?:ça|les dégâts)',
        '(?:refusé|rejeté) (?:ma|mon|notre) (?:demande|réclamation|remboursement|dossier)|(?:demande|réclamation|dossier|sinistre) (?:a été |est )?(?:refusée?|rejetée?)',
        'je (?:veux|vais|souhaite) (?:faire appel|contester)',
        'toujours pas (?:reçu|eu) (?:mon|le) remboursement',
        '(?:prélevé|débité|facturé)e?s? après (?:ma |mon |la )?(?:résiliation|annulation)|(?:continuez|continue) (?:à|de) me (?:prélever|facturer|débiter)',
        "je n'ai (?:jamais )?(?:autorisé|commandé|demandé) (?:ça|cela|ce|cette|ces)",
        "(?:je veux|je voudrais|je souhaite|j'exige) (?:être )?rembours\\p{L}*",
        "(?:j'exige|je demande|je réclame|je veux) (?:un |le |mon |d'être )?rembours\\p{L}*",
        'vous avez (?:perdu|abîmé|cassé|rayé|endommagé|effacé|supprimé)',
        '(?:quand même|toujours|encore) (?:prélevé|débité|facturé)',
        "(?:on m'a|ils m'ont) volé|volée? (?:devant|dans|chez) (?:votre|vos|le|la)",
        "(?:c'est|c'était|vraiment|totalement) (?:injuste|pas juste)",
        "vous (?:m'ignorez|ignorez mes)",
      ],
      legal: [
        'avocat|avocate',
        'tribunal|justice|procès',
        'plainte',
        'porter plainte',
        'poursuivre en justice',
        'médiateur',
        'cnil',
        'police',
        'association de consommateurs',
        "droit d'accès|trompeu(?:r|se)|publicité mensongère|dgccrf|conseil juridique",
        '(?:je veux|je vais|je souhaite) (?:faire|déposer|porter) une réclamation|réclamation officielle|porter réclamation',
        'mauvais avis|avis négatif',
      ],
      frustration: [
        'inutile',
        'ridicule',
        'nul(?:le)?',
        'inadmissible',
        'inacceptable',
        'scandaleux',
        'honteux',
        "n'importe quoi",
        "ça ne (?:m'aide|sert) (?:pas|à rien)",
        "ce n'est pas ce que j'ai demandé",
        'marre',
        'énervé',
        'voleurs|arnaque\\p{L}*|escrocs?|impoli\\p{L}*|malpoli\\p{L}*',
        '(?:je suis|nous sommes) (?:très |vraiment |tellement )?(?:en colère|furieu\\p{L}*|énervée?s?|indignée?s?|scandalisée?s?)|pire service',
        '(?:très |vraiment |tellement )?déçue?s?|pas (?:du tout )?satisfaite?s?|mécontente?s?',
        'vous ne (?:me )?comprenez (?:pas|rien)',
      ],
      repeated: [
        '(?:deuxième|troisième|quatrième|\\d+e) fois',
        'personne ne (?:répond|me répond)',
        'toujours pas de réponse',
        'déjà (?:demandé|écrit|appelé)',
        "(?:j'attends|nous attendons|attends) depuis (?:plus de )?(?:\\d+|deux|trois|quatre|cinq|plusieurs) (?:jours|semaines|mois)",
        'toujours pas (?:réparé|résolu|réglé)',
        "personne (?:ne )?(?:m'a|nous a) (?:répondu|rappelé|recontacté)|combien de fois (?:dois-je|faut-il)",
        "(?:ne|n')\\s?(?:répond|répondez|avez répondu|a répondu|as répondu) (?:pas|jamais) à (?:ma|la) question|pas répondu à (?:ma|la) question|ce n'est pas (?:ma|la) question|mauvaise réponse|même réponse",
      ],
      urgent: [
        'urgence',
        'douleur (?:insupportable|atroce|intense|terrible)',
        'très mal',
        "saigne (?:beaucoup|encore)|saignement (?:ne s'arrête|continue)",
        'inconscient|évanoui|ne respire (?:pas|plus)|ne répond plus',
        'avalé|étouffe',
        'feu|incendie|fumée',
        'odeur de gaz|fuite de gaz',
        'ambulance|samu',
        'réaction allergique',
        'mal à respirer|ne (?:peux|peut) (?:pas |plus )?respirer|difficultés? à respirer',
        'gonfl(?:é|ée|és|ées|e)',
        'a (?:bu|avalé|pris) (?:\\p{L}+ ){0,3}(?:médicament|comprimé|sirop|pilule)\\p{L}*',
        'étourdi\\p{L}*|vertiges?',
        'odeur de brûlé|sent le brûlé|étincelles',
        'fils (?:dénudés|à nu)',
        "inond\\p{L}*|fuite d'eau",
        'enfermée? dehors|bloquée? dehors',
        "c'est une urgence|renversée? par|je suis tombée?",
        "s'est cassé (?:le|la)|(?:a|ai) cassé (?:sa|son|ma|mon)|à l'hôpital|aux urgences",
        'saigne (?:beaucoup|abondamment)|beaucoup de sang|vomit du sang',
        'freins? (?:a |ont )?lâché|ne (?:peut|peux) (?:plus )?(?:marcher|se lever|tenir debout)',
        'piraté|accès non autorisé|fuite de données|(?:perdu|effacé) toutes (?:mes )?(?:données|fichiers)|(?:mes )?(?:données|fichiers|projets) ont disparu',
        'cogné la tête|douleur (?:à la|dans la) poitrine|un avc|crise cardiaque',
        '(?:enfant|fils|fille) (?:a )?disparu|menacée?s?|agressée?s?|est tombée?',
        '(?:chien|chat|chiot|chaton) a (?:mangé|avalé|ingéré)|mort-aux-rats|empoisonn\\p{L}*',
        'je me suis brûlée?|brûlure',
      ],
    },
    concepts: `
open: ouvert, ouverte, ouverts, ouvrez, ouverture, horaires d'ouverture
close: fermé, fermée, fermés, fermeture, fermez
hours: horaires, horaire, heures d'ouverture, horaires d'ouverture
monday: lundi, lundis
tuesday: mardi, mardis
wednesday: mercredi, mercredis
thursday: jeudi, jeudis
friday: vendredi, vendredis
saturday: samedi, samedis
sunday: dimanche, dimanches
weekend: week-end, weekend, fin de semaine
weekend: samedi, samedis, dimanche, dimanches
holiday: jour férié, jours fériés, vacances
today: aujourd'hui, ce soir
tomorrow: demain
evening: soir, le soir, soirée, après le travail
morning: matin, le matin
duration: combien de temps, durée, dure, délai
time: à quelle heure, heure
week: semaine, semaines
month: mois, mensuel
year: an, ans, année, années, annuel
day: jour, jours, journée
minute: minute, minutes
price: prix, coût, coûte, coûtent, tarif, tarifs, frais, combien, cher, chère, payer combien
free: gratuit, gratuite, gratuitement, sans frais
pay: payer, paiement, régler, règlement, payé
creditcard: carte bancaire, carte de crédit, carte bleue, cb, visa
cash: espèces, liquide, chèque, chèques
transfer: virement, prélèvement
installment: paiement en plusieurs fois, mensualités, échelonner, financement, étaler
invoice: facture, factures, reçu
refund: remboursement, rembourser, remboursé
discount: réduction, réductions, remise, tarif réduit, promo, code promo
insurance: assurance, assuré, assureur, mutuelle
claim: déclaration de sinistre, sinistre, réclamation, demande de remboursement
cover: couvert, couverture, prend en charge, prise en charge
excess: franchise
subscription: abonnement, abonnements, abonné, forfait, formule
member: membre, adhérent, adhésion
cancel: annuler, annulation, résilier, résiliation, désabonner
change: changer, modifier, modification, déplacer, reporter
move: déménager, déménagement
upgrade: passer à, mise à niveau
appointment: rendez-vous, rdv, consultation, créneau, séance
appointment: prendre rendez-vous, réserver un rendez-vous, réserver
reserve: réserver, réservation, liste d'attente
account: compte, mon compte, profil
login: connexion, connecter, se connecter, identifiant
password: mot de passe, code
forgot: oublié, oublier, réinitialiser
register: inscription, inscrire, s'inscrire, adhérer
email: e-mail, email, mail, courriel
phone: téléphone, appeler, appel, numéro
address: adresse, où êtes-vous, où se trouve, situé, localisation, accès
parking: parking, garer, stationner, stationnement, voiture
transport: bus, métro, tram, gare, station, transports en commun, train
bike: vélo, vélos, bicyclette, vélo électrique
access: fauteuil roulant, accessible, accessibilité, handicapé, handicap, rampe, marches
lift: ascenseur
toilet: toilettes, wc
child: enfant, enfants, fils, fille, bébé, petit
teen: adolescent, adolescents, ado, ados
parent: parent, parents, mère, père, maman, papa
adult: adulte, adultes
age: âge, ans
student: étudiant, étudiants, élève, élèves, apprenti
senior: senior, seniors, retraité, personnes âgées
family: famille, familles
new: nouveau, nouvelle, nouveaux
customer: client, clients, patient, patients
staff: personnel, employé, employés, équipe
person: humain, personne, quelqu'un
language: langue, langues, parle, parlez, parler
english: anglais
german: allemand
french: français
spanish: espagnol
italian: italien
portuguese: portugais
dutch: néerlandais
polish: polonais
turkish: turc
online: en ligne, site, site web, internet
app: application, appli, app
download: télécharger, téléchargement
install: installer, installation
device: appareil, tablette, smartphone, portable
computer: ordinateur, pc, ordinateur portable
wifi: wifi, wi-fi, internet sans fil
print: imprimer, impression, imprimante
copy: copie, copies, photocopie
scan: scanner, numériser
ebook: livre numérique, livres numériques, e-book, liseuse, livre audio
borrow: emprunter, emprunt, prêt, louer, location
return: rendre, retour, retourner, rapporter, restituer
late: retard, en retard, tard
lost: perdu, perdue, perdre, volé
damage: abîmé, cassé, endommagé, déchiré, taché, défectueux, dégât
repair: réparer, réparation
service: entretien, révision
replace: remplacer, remplacement, échanger, échange
deliver: livrer, livraison, expédier, expédition, envoi, colis
order: commande, commander, acheter, achat
track: suivre, suivi
stock: disponible, disponibilité, en stock
size: taille, tailles
colour: couleur, couleurs, en couleur
warranty: garantie
trial: essai, essayer, période d'essai, test
test: examen, test, évaluation
certificate: certificat, diplôme, attestation
level: niveau, niveaux, débutant, avancé
lesson: cours, leçon, leçons, classe
teacher: professeur, prof, enseignant, tuteur
team: équipe, entreprise, société
group: groupe, groupes, classe
user: utilisateur, utilisateurs, licence
privacy: données personnelles, données, vie privée, rgpd
delete: supprimer, suppression, effacer
complaint: plainte, réclamation, se plaindre, suggestion, avis
contact: contact, contacter, joindre
emergency: urgence, urgent, urgences
pain: douleur, mal, douleurs
tooth: dent, dents, dentaire
doctor: médecin, docteur, dentiste, vétérinaire
nervous: peur, angoisse, anxieux, anxieuse, stressé, phobie
sedation: sédation, anesthésie, endormi
pregnant: enceinte, grossesse, allaitement
pet: animal, animaux
dog: chien, chiens, chiot
cat: chat, chats, chaton
vaccine: vaccin, vaccination, vacciné
illness: maladie, malade
treatment: traitement, soins, soigner
surgery: opération, chirurgie
medicine: médicament, médicaments, ordonnance
accident: accident, blessure, blessé
food: manger, nourriture, repas
drink: boire, boisson, café
gift: cadeau, bon cadeau, carte cadeau
donate: donner, don, dons
event: événement, événements, atelier, fête, anniversaire
tour: visite, visite guidée
room: salle, salles, espace
desk: place de travail, bureau, poste de travail
document: document, documents, formulaire
id: pièce d'identité, carte d'identité, passeport, justificatif de domicile
record: dossier, dossiers, historique
result: résultat, résultats
calendar: calendrier, agenda
sync: synchroniser, synchronisation
export: exporter, export
share: partager, partage, inviter
notification: notification, notifications, rappel, rappels
offline: hors ligne, sans internet
error: erreur, bug, plantage, ne marche pas, ne fonctionne pas
country: étranger, pays, international
travel: voyage, voyager, vacances
battery: batterie, chargeur
tyre: pneu, pneus, crevaison
brake: frein, freins
renew: prolonger, prolongation, renouveler, renouvellement
card: carte, carte de bibliothèque, carte de membre
library: bibliothèque, médiathèque
near: plus proche, proche, près de, à côté
black: noir, noir et blanc
white: blanc, noir et blanc
accept: accepter, acceptez, acceptez-vous, prenez, admettez
book: livre, livres, roman, romans
notice: préavis, à l'avance, avant
weather: pluie, neige, nuageux, nuages, ensoleillé, hiver, météo
install: montage, installateur, installateurs
power: électricité, courant, énergie, coupure de courant, panne de courant
product: produit, produits, article, articles
sell: vendre, vendez, vend
price: moins cher, bon marché, abordable
expire: expirer, expire, expiration, périmé, péremption, valable, validité
birthday: anniversaire
loyalty: points, fidélité, récompense
staff: sous-traitants, sous-traitant, technicien, techniciens, électricien, salariés, employés
contract: contrat, signé, signer, rétractation
collect: retirer, retrait, récupérer
home: maison, appartement, domicile
cable: câble, ethernet, usb, hdmi
screen: écran, moniteur, projecteur
advice: conseil, conseils, recommander, recommandation
guest: invité, invités, visiteur, visiteurs
quiet: calme, silence, bruit, bruyant, déranger
clean: nettoyer, nettoyage, laver
mistake: erreur, tromper, trompé
lock: serrure, cadenas
security: sécurité
slow: lent, lente
upload: télécharger, joindre
xray: radio, radiographie
`,
  },
};
