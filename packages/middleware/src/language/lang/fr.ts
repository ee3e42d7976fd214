/// <reference path="../stopword.d.ts" />
import { stemmer } from '@orama/stemmers/french';
import { fra } from 'stopword';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguagePack } from '../language-pack.js';

/** French (français), in the polite "vous" form. */
export const fr: LanguagePack = {
  code: 'fr',
  frequencyList: 'french',
  stem: stemmer,
  letters: 'çèêëîïôœùûÿ',
  generalStopwords: generalStopwords('fr'),
  stopwords: [
    ...fra,
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
    onlyIn: ['Je n’ai cette information qu’en {language} :', 'Cette information n’existe qu’en {language} :'],
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
};
