import { stemmer } from '@orama/stemmers/spanish';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * Spanish (español), in the polite "usted" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const es: LanguageData = {
  code: 'es',
  stopwordList: 'spa',
  frequencyList: 'spanish',
  contact: {
    nameIs: [
      'me llamo',
      'yo me llamo',
      'mi nombre es',
      'mi nombre completo es',
      'mi nombre y apellido es',
      'mi nombre y apellido son',
      'mi nombre y apellidos son',
      'mi nombre y apellidos es',
      'el nombre es',
      'me dicen',
      'me llaman',
      'me pueden decir',
      'me puedes decir',
      'puedes llamarme',
      'mi nombre',
      'el suscrito',
      'la suscrita',
      'el que suscribe',
      'la que suscribe',
      'quien suscribe',
      'el abajo firmante',
      'la abajo firmante',
    ],
    givenNameIs: [
      'mi nombre de pila es',
      'mi primer nombre es',
      'nombre de pila:',
      'mi nombre de pila',
      'de nombre',
    ],
    familyNameIs: [
      'mi apellido es',
      'mis apellidos son',
      'mi primer apellido es',
      'mi segundo apellido es',
      'apellido es',
      'apellidos son',
      'apellido:',
      'apellidos:',
      'de apellido',
      'de apellidos',
    ],
    introductions: [
      '^yo,',
      'el que suscribe',
      'la que suscribe',
      'quien suscribe',
      'soy',
      'les escribe',
      'le escribe',
      'te escribe',
      'les saluda',
      'yo soy',
      '^habla',
      '^le habla',
      '^te habla',
      '^les habla',
      'hablas con',
      'habla con',
      'está hablando con',
      'esta hablando con',
      '^aquí',
      '^aqui',
      'soy el',
      'soy la',
      'habla el',
      'habla la',
      'le habla el',
      'le habla la',
      'te habla el',
      'te habla la',
    ],
    asides: ['por cierto', 'a propósito', 'por cierto,'],
    nameThen: ['al habla', 'aquí', 'aqui', 'por aquí', 'por aca', 'por acá'],
    nameLabels: [
      'nombre',
      'nombres',
      'nombre completo',
      'nombre y apellido',
      'nombre y apellidos',
      'apellido',
      'apellidos',
      'cliente',
      'nombre del cliente',
      'titular',
      'persona de contacto',
      'solicitante',
    ],
    fillers: [
      'con',
      'a nombre de',
      'sí',
      'si',
      'claro',
      'claro que sí',
      'claro que si',
      'por supuesto',
      'desde luego',
      'cómo no',
      'como no',
      'ok',
      'okey',
      'vale',
      'bueno',
      'bien',
      'perfecto',
      'de acuerdo',
      'sin problema',
      'con gusto',
      'encantado',
      'encantada',
      'aquí tiene',
      'aqui tiene',
      'aquí está',
      'aqui esta',
      'es',
      'soy yo',
      'pues',
      'eh',
      'a ver',
      'listo',
      'gracias',
      'perdón',
      'perdon',
      'en realidad',
    ],
    greetings: [
      'hola',
      'holaa',
      'holi',
      'buenas',
      'muy buenas',
      'buenos días',
      'buenos dias',
      'buen día',
      'buen dia',
      'buenas tardes',
      'buenas noches',
      'qué tal',
      'que tal',
      'hola qué tal',
      'hola que tal',
      'hola a todos',
      'estimados',
      'estimado equipo',
      'estimados señores',
      'saludos',
      'aló',
      'alo',
    ],
    nameStops: [
      'y',
      'e',
      'de',
      'del',
      'desde',
      'con',
      'para',
      'por',
      'en',
      'o',
      'u',
      'pero',
      'que',
      'yo',
      'quiero',
      'quisiera',
      'necesito',
      'tengo',
      'soy',
      'gracias',
      'por favor',
      'aquí',
      'aqui',
      'vivo',
      'me',
      'a',
      'porque',
      'muy',
      'bastante',
      'súper',
      'super',
      'demasiado',
      'realmente',
      'ya',
      'todavía',
      'aún',
      'no',
    ],
    nameQuestions: [
      'su nombre',
      'tu nombre',
      'su nombre completo',
      'tu nombre completo',
      'nombre completo',
      'nombre y apellido',
      'nombre y apellidos',
      'cómo se llama',
      'como se llama',
      'cómo te llamas',
      'como te llamas',
      'cuál es su nombre',
      'cual es su nombre',
      'cuál es tu nombre',
      'cual es tu nombre',
      'a nombre de quién',
      'a nombre de quien',
      'a qué nombre',
      'a que nombre',
      'bajo qué nombre',
      'con quién hablo',
      'con quien hablo',
      'con quién tengo el gusto',
      'con quien tengo el gusto',
      'con quién tengo el placer',
      'quién habla',
      'quien habla',
      'cómo puedo llamarle',
      'cómo le puedo llamar',
      'cómo debo dirigirme',
      'cómo me dirijo a usted',
      'sus datos',
      'tus datos',
      'preséntese',
      'quién es usted',
      'de parte de quién',
      'de parte de quien',
      '¿usted es?',
      '¿tú eres?',
    ],
    givenNameQuestions: ['nombre de pila', 'primer nombre', 'su nombre de pila', 'tu nombre de pila'],
    familyNameQuestions: [
      'apellido',
      'apellidos',
      'su apellido',
      'tu apellido',
      'primer apellido',
      'segundo apellido',
    ],
    requests: [
      'por favor',
      'porfa',
      'porfavor',
      'x favor',
      'podría',
      'podria',
      'podrías',
      'podrias',
      'me podría',
      'me puede',
      'me puedes',
      'puede',
      'puedes',
      'me indica',
      'me indicas',
      'indíqueme',
      'indiqueme',
      'dígame',
      'digame',
      'dime',
      'me dice',
      'me dices',
      'me facilita',
      'me facilitas',
      'facilíteme',
      'proporcione',
      'me proporciona',
      'me comparte',
      'me compartes',
      'compárteme',
      'escriba',
      'escribe',
      'necesito su',
      'necesito tu',
      'cuál es',
      'cual es',
      'sería tan amable',
      'le agradecería',
      'te agradecería',
    ],
    emailQuestions: [
      'correo',
      'correo electrónico',
      'correo electronico',
      'su correo',
      'tu correo',
      'email',
      'e-mail',
      'mail',
      'dirección de correo',
      'direccion de correo',
      'dirección de email',
      'direccion de email',
      'imeil',
      'contactarle',
      'contactarte',
      'contactarlo',
      'contactarla',
      'comunicarnos con usted',
    ],
    emailIs: [
      'mi correo',
      'mi email',
      'mi e-mail',
      'mi mail',
      'mi dirección',
      'mi direccion',
      'mi correo electrónico',
      'el mío',
      'el mio',
      'la mía',
    ],
    closings: [
      'saludos',
      'un saludo',
      'saludos cordiales',
      'cordiales saludos',
      'un cordial saludo',
      'muchos saludos',
      'reciba un cordial saludo',
      'atentamente',
      'muy atentamente',
      'cordialmente',
      'un abrazo',
      'abrazo',
      'abrazos',
      'gracias',
      'muchas gracias',
      'mil gracias',
      'gracias de antemano',
      'de antemano gracias',
      'quedo atento',
      'quedo atenta',
      'quedo a la espera',
      'quedo a la espera de su respuesta',
      'sin otro particular',
      'un beso',
      'besos',
      'slds',
      'salu2',
      'hasta pronto',
      'bendiciones',
    ],
    at: ['arroba'],
    dot: ['punto'],
    corrections: [
      'perdón',
      'perdon',
      'perdona',
      'perdone',
      'disculpa',
      'disculpe',
      'lo siento',
      'ups',
      'quise decir',
      'quería decir',
      'queria decir',
      'me equivoqué',
      'me equivoque',
      'me confundí',
      'me confundi',
      'no,',
      'error',
      'corrijo',
      'corrección',
      'correccion',
      'está mal',
      'esta mal',
      'es incorrecto',
      'mejor dicho',
      'en realidad',
      'en vez de',
      'en lugar de',
      'lo correcto es',
      'el correcto es',
    ],
    others: [
      'mi gestor',
      'mi gestora',
      'mi hermana',
      'mi hermano',
      'mi madre',
      'mi padre',
      'mi hija',
      'mi hijo',
      'regalo para',
      'mi prima',
      'mi primo',
      'mi suegra',
      'mi compañero',
      'mi compañera',
      'mi companero',
      'mi companera',
      'mi colega',
      'mi jefe',
      'mi jefa',
      'mi esposa',
      'mi esposo',
      'mi mujer',
      'mi marido',
      'mi pareja',
      'mi novio',
      'mi novia',
      'mi hijo',
      'mi hija',
      'mi madre',
      'mi mamá',
      'mi mama',
      'mi padre',
      'mi papá',
      'mi papa',
      'mi hermano',
      'mi hermana',
      'mi amigo',
      'mi amiga',
      'mi asistente',
      'mi secretaria',
      'con copia',
      'cc',
      'escribí a',
      'les escribí a',
      'ya escribí a',
      'ya les escribí a',
      'un correo de',
      'un mail de',
      'un email de',
      'un mensaje de',
      'una respuesta de',
      'mi contador',
      'mi contadora',
      'mi socio',
      'mi socia',
    ],
    stale: [
      'antiguo',
      'antigua',
      'anterior',
      'viejo',
      'vieja',
      'ya no uso',
      'ya no utilizo',
      'ya no es',
      'ya no existe',
      'ya no',
      'no es válido',
      'no es valido',
      'equivocado',
      'equivocada',
      'incorrecto',
      'incorrecta',
      'erróneo',
      'errónea',
      'desactualizado',
      'desactualizada',
      'obsoleto',
      'previo',
      'no es mío',
      'no es mio',
    ],
    negations: ['no', 'y no', 'en vez de', 'en lugar de'],
    mailFrom: ['de', 'remitente', 'responder a'],
    refusals: [
      'prefiero no',
      'mejor no',
      'no gracias',
      'no quiero',
      'para qué',
      'por qué',
      'después',
      'luego',
    ],
    uncertain: [
      'no estoy seguro',
      'no estoy segura',
      'o era',
      'no recuerdo',
      'no me acuerdo',
      'lo reviso',
      'no sé',
      'no se si',
      'ni idea',
      'no lo sé',
    ],
    confirmations: ['sí', 'si', 'exacto', 'correcto', 'eso es', 'así es'],
    mailTo: ['para', 'a'],
    contrasts: ['pero', 'sino'],
    titles: [
      'sr',
      'sra',
      'srta',
      'señor',
      'señora',
      'señorita',
      'senor',
      'senora',
      'don',
      'doña',
      'dr',
      'dra',
      'doctor',
      'doctora',
      'lic',
      'licenciado',
      'licenciada',
      'ing',
      'ingeniero',
      'ingeniera',
      'prof',
      'profesor',
      'profesora',
      'arq',
      'abog',
      'mtro',
      'mtra',
    ],
  },
  intake: {
    stem: stemmer,
    letters: 'ñ¿¡',
    generalStopwords: generalStopwords('es'),
    stopwords: [
      ...`hola buenas buenos días tardes noches gracias porfa favor por sí si no vale ok bueno pues oye
    quiero quisiera querría necesito necesita puedo puede pueden podría saber pregunta duda dudas algo
    alguien hay tienen tiene tienes hacen hace es son está están estoy ser estar mi mis su sus tu tus
    me te se le les lo la los las un una unos unas el del al de en con para qué cómo cuándo dónde
    cuál cuáles quién por qué también ya aún todavía solo sólo muy
    aproximadamente más o menos normalmente generalmente exactamente quizás
    hacer hago poner dar tomar venir ir ver decir llevar traer
    perdón perdon disculpa error llamo llama nombre estimado estimada`.split(/\s+/),
    ],
    shorthand: {
      pq: 'por qué',
      xq: 'por qué',
      q: 'que',
      tb: 'también',
      porfa: 'por favor',
      wifi: 'wifi',
      xfa: 'por favor',
      k: 'que',
      ke: 'que',
      qe: 'que',
      kiero: 'quiero',
      dnd: 'dónde',
      cdo: 'cuando',
      pa: 'para',
      tmb: 'también',
      finde: 'fin de semana',
      hr: 'hora',
      hrs: 'horas',
      sab: 'sábado',
      dom: 'domingo',
      tel: 'teléfono',
      cuanto: 'cuánto',
    },
    phrases: {
      opening: ['¡Hola! Soy {bot}. ¿En qué puedo ayudarle?'],
      intro: ['Hola, soy {bot}.'],
      introGreeted: ['¡Hola{, first}! Soy {bot}.'],
      greet: ['¡Hola{, first}!'],
      greetAgain: ['¡Hola de nuevo{, first}!', '¡Hola{, first}!'],
      welcome: ['¡Encantado, {first}!', '¡Gracias, {first}!'],
      readBack: [
        'Gracias: nuestro equipo le responderá a {email}.',
        'Perfecto: nuestro equipo le escribirá a {email}.',
      ],
      declined: ['No hay problema.', 'Está bien.'],
      thanked: ['¡De nada{, first}!', '¡Un placer ayudarle{, first}!'],
      thankedEarly: ['¡De nada{, first}!'],
      confirmed: ['Perfecto{, first}.', 'Gracias{, first}.'],
      answerLead: ['', 'Esto es lo que puedo decirle:'],
      problemLead: ['Esto es lo que puedo decirle:', 'Esto puede ayudarle:'],
      onlyIn: ['Esta información solo la tengo en {language}:', 'Esto solo está disponible en {language}:'],
      sameAnswer: [
        'Mi respuesta de arriba también cubre eso.',
        'Está en mi respuesta de arriba; es todo lo que sé.',
      ],
      unknown: [
        'Lo siento, no sé la respuesta y prefiero no adivinar.',
        'No tengo esa información, lo siento, y no quiero adivinar.',
      ],
      offerAfterAnswer: [
        'Si esto no lo resuelve, una persona de nuestro equipo puede ayudarle.',
        'Si necesita más, alguien de nuestro equipo puede encargarse.',
      ],
      offerStatement: [
        'Pero una persona de nuestro equipo puede ayudarle.',
        'Alguien de nuestro equipo puede ocuparse de ello.',
      ],
      offerQuestion: [
        '¿Quiere que pase su consulta a una persona de nuestro equipo?',
        '¿Le paso con alguien de nuestro equipo?',
      ],
      handoverAsked: [
        'Por supuesto{, first}: paso su consulta a nuestro equipo ahora.',
        'Claro{, first}. Le paso con una persona de nuestro equipo.',
      ],
      handoverFrustrated: [
        'Siento mucho las molestias{, first}. Paso su consulta a una persona de nuestro equipo.',
      ],
      handoverStuck: [
        'Eso tampoco lo sé, lo siento{, first}. Lo paso a nuestro equipo para que le ayude una persona.',
      ],
      handoverAccepted: [
        'Perfecto{, first}: lo paso a nuestro equipo ahora.',
        'Hecho{, first}: una persona de nuestro equipo se encargará.',
      ],
      handoverUrgent: [
        'Parece urgente{, first}. Si alguien está en peligro, llame ahora al 112. Estoy avisando a una persona de nuestro equipo.',
      ],
      handoverDispute: [
        'Entiendo{, first}. Una persona de nuestro equipo tiene que revisarlo, se lo paso ahora.',
      ],
      alreadyHanded: ['Lo he añadido para la persona de nuestro equipo que se encarga{, first}.'],
      askEmailFirst: [
        '¿Cuál es el mejor correo electrónico para responderle?',
        'Para que puedan responderle, ¿cuál es su correo electrónico?',
      ],
      theyReply: ['Le responderán a {email}.', 'Le escribirán a {email}.'],
      tellMore: ['Si quiere, cuénteme brevemente de qué se trata, para que vaya más rápido.'],
      goOn: ['Claro, ¿qué ocurre?', 'Por supuesto. ¿Qué ha pasado?'],
      goOnQuestion: ['Claro, ¿cuál es su pregunta?'],
      askName: ['¿Me dice su nombre, para que nuestro equipo sepa a quién atiende?', '¿Cómo se llama?'],
      askEmail: [
        '¿Cuál es el mejor correo electrónico para que nuestro equipo le contacte?',
        '¿Y su correo electrónico, por si nuestro equipo necesita escribirle?',
      ],
      afterAnswer: ['¿Responde esto a su pregunta?', '¿Le ayuda esto?'],
      anythingElse: ['¿Puedo ayudarle con algo más?', '¿Algo más?'],
      teamWillFollow: [
        'Alguien de nuestro equipo se pondrá en contacto pronto.',
        'Nuestro equipo se ocupará en breve.',
      ],
      goodbye: ['¡Que tenga un buen día!', '¡Hasta pronto!'],
      howCanIHelp: ['¿En qué puedo ayudarle?', '¿Qué necesita?'],
    },
    smallTalk: {
      greeting: ['hola', 'buenas', 'buenos días', 'buenas tardes', 'buenas noches', 'qué tal', 'saludos'],
      closing: [
        'gracias|muchas|mil|muy|amable|vale|ok|perfecto|genial|adiós|adios|hasta|luego|pronto|buen|día|buenas|noches|eso|es|todo|nada|más|no|señor|señora',
      ],
      closingCue: ['gracias|adiós|adios|hasta luego|hasta pronto|eso es todo'],
      yes: ['sí|si|vale|ok|claro|correcto|exacto|eso|es|perfecto|por|favor|gracias|de|acuerdo'],
      yesCue: ['sí|si|vale|ok|claro|correcto|exacto|de acuerdo'],
      decline: ['prefiero no|mejor no|no gracias|para qué lo necesita'],
      no: ['no'],
      vague: ['ayuda|ayudar|pregunta|preguntas|duda|dudas|problema|problemas|urgente|algo|alguien|consulta'],
      followUp: [
        'y',
        'también',
        'y para',
        'y si',
        'y los',
        'y las',
        'y el',
        'y la',
        'qué pasa con',
        'lo mismo para',
      ],
      question: [
        'cómo|como|qué|que|cuándo|cuando|dónde|donde|por qué|quién|cuál|cuáles|cuánto|cuánta|cuántos|puedo|puede|pueden|tienen|tiene|hay|hacen|aceptan|es|son|está|están',
      ],
      emailWord: ['correo|e-?mail'],
      nameWord: ['nombre'],
    },
    handover: {
      person: [
        'hablar con',
        'hablar a',
        'comunicarme con',
        'contactar con',
        'llamarme|llámenme|me llamen|devolver la llamada',
        'ponerme con|páseme con|pásame con',
        'una persona|un humano|un agente|un asesor|una persona real',
        'con quién (?:tengo que|puedo|debo|hay que) (?:hablar|contactar)',
        'a quién (?:tengo que|puedo|debo) (?:dirigirme|llamar|escribir)',
        'necesito (?:al|el|a la|la) (?:equipo|departamento|responsable|encargad[oa]|gerente)',
        '(?:manden|envíen|mandad|enviad) a alguien|que venga alguien',
        'necesito hablar',
        '(?:el|al|la|a la) (?:encargad[oa]|responsable|jefe|jefa|gerente)',
        'me (?:puede|pueden|podéis|podrían|podría) (?:llamar|contactar|escribir)|que me llame alguien',
        'me contacte\\p{L}*|que me (?:llame|contacte|escriba) (?:alguien|una persona)',
      ],
      notPerson: ['no (?:necesito|quiero) (?:hablar con )?(?:una persona|un humano|un agente)'],
      dispute: [
        'me (?:han|habéis) cobrado',
        'cobrado (?:dos veces|de más|por error)',
        'no (?:voy a )?pagar',
        'devuélvanme|devolución de mi dinero|mi dinero|reembolso (?:ya|ahora)|quiero (?:un |el |mi )?reembolso|exijo',
        'reclamación',
        'me cobrast\\p{L}*|me cobraron|me cobró',
        'quiero que me devolváis|quiero que me devuelvan|devolvedme',
        '(?:factura|cobro|cargo|importe)[^.!?]{0,30} (?:está |es )?(?:mal|equivocad[oa]|incorrect[oa])',
        '(?:rechazado|denegado|rechazaron|denegaron) (?:mi|la|el|nuestra) (?:reclamación|solicitud|reembolso|siniestro)|(?:reclamación|solicitud|siniestro) (?:ha sido |fue )?(?:rechazad[oa]|denegad[oa])',
        'quiero (?:recurrir|apelar)|voy a (?:recurrir|apelar)',
        '(?:todavía|aún) no (?:he recibido|me ha llegado) (?:el|mi) reembolso',
        'me (?:siguen|seguís) cobrando|después de (?:cancelar|darme de baja)[^.!?]{0,30} (?:me )?(?:cobraron|habéis cobrado|han cobrado)',
        'no (?:he autorizado|autoricé)|nunca (?:pedí|he pedido|autoricé)|yo no (?:pedí|he pedido)',
        '(?:habéis|han|has) (?:perdido|roto|rayado|dañado|estropeado|borrado)',
        '(?:igualmente|aun así|todavía) (?:me )?(?:cobrasteis|cobraron|habéis cobrado|han cobrado)',
        '(?:es|esto es|me parece) (?:muy |totalmente )?injusto',
        'me (?:están |estáis )?ignorando|ignoráis mis',
      ],
      legal: [
        'abogad[oa]',
        'demanda|denuncia|denunciar',
        'tribunal|juzgado',
        'consumo',
        'policía',
        'protección de datos',
        'derecho (?:de acceso|al olvido|de supresión|de rectificación)|ejercer mi derecho',
        'engaños[oa]|publicidad engañosa',
        'asesor(?:ía|amiento) legal|acciones legales|ocu',
        '(?:quiero|voy a) (?:poner|presentar|hacer) una (?:queja|reclamación)|hoja de reclamaciones|queja formal',
        'mala reseña|reseña negativa',
      ],
      frustration: [
        'inútil',
        'ridículo',
        'vergüenza',
        'inaceptable',
        'indignante',
        'no me ayuda',
        'no sirve',
        'no es lo que pregunté',
        'harto',
        'ladrones|ladrón|estafa\\p{L}*|timo|timadores|mentirosos|maleducad[oa]|groser[oa]',
        '(?:estoy|estamos) (?:muy |super |súper )?(?:enfadad[oa]s?|furios[oa]s?|indignad[oa]s?|cabread[oa]s?)|vergonzoso|el peor servicio',
        '(?:muy |bastante |súper )?decepcionad[oa]s?|insatisfech[oa]s?|no estoy (?:nada )?(?:content[oa]|satisfech[oa])',
        'no (?:me )?entiendes|no me estás entendiendo',
      ],
      repeated: [
        '(?:segunda|tercera|cuarta) vez',
        'nadie (?:responde|contesta)',
        'sigo sin respuesta',
        'ya (?:pregunté|escribí|llamé)',
        '(?:llevo|llevamos) (?:más de )?(?:\\d+|dos|tres|cuatro|cinco|varias|varios|muchas|muchos) (?:días|semanas|meses) esperando',
        '(?:sigue|todavía|aún) sin (?:arreglar|resolver|solucionar)',
        'nadie me ha (?:contestado|respondido|llamado)|cuántas veces (?:tengo que|hay que)',
        'no (?:responde|responden|respondes|contesta|contestas|has contestado|has respondido|habéis contestado|me has contestado|ha contestado) (?:a )?(?:mi|la|lo que)|respuesta (?:equivocada|incorrecta)|(?:la )?misma respuesta',
      ],
      urgent: [
        'urgencia|emergencia',
        'dolor (?:insoportable|fuerte|terrible)',
        'no para de sangrar|sangra mucho',
        'inconsciente|se ha desmayado|no respira|no responde',
        'se ha tragado|atragant',
        'fuego|incendio|humo',
        'olor a gas|fuga de gas',
        'ambulancia',
        'reacción alérgica',
        '(?:me |le )?cuesta respirar|no (?:puedo|puede) respirar|dificultad para respirar',
        'hinchad[oa]s?',
        'se ha (?:bebido|tomado|tragado)|se (?:bebió|tomó|tragó)|ha ingerido',
        'maread[oa]',
        'olor a quemado|huele a quemado|chispas',
        'cables? (?:pelados|sueltos|al aire)',
        'inundad[oa]|inundación|entra agua',
        '(?:me he quedado|estoy) (?:fuera|encerrad[oa])',
        'es una emergencia|atropell\\p{L}*|me he caído',
        'se ha roto (?:el|la|un|una)|se rompió (?:el|la)|(?:en el|al) hospital',
        'sangra (?:mucho|muchísimo)|mucha sangre|vomita sangre',
        '(?:los )?frenos? (?:han )?fallad[oa]s?|no (?:puede|puedo) (?:andar|caminar|levantarse|levantarme)',
        'hackead[oa]|hackearon|acceso no autorizado|filtración de datos|(?:he perdido|perdí) todos (?:mis )?(?:datos|archivos|proyectos)|(?:mis )?(?:datos|archivos|proyectos) (?:han )?desaparec\\p{L}*',
        '(?:se ha dado|me he dado|se dio|me di) un golpe en la cabeza|dolor (?:en el|de) pecho|un ictus|un infarto',
        '(?:niñ[oa]|hij[oa]) (?:ha )?desaparecid[oa]|me (?:están )?amenaza\\p{L}*|me han (?:atacado|agredido|robado)|se ha caído',
        '(?:perro|perra|gato|gata|cachorro|mascota) (?:se )?(?:ha )?(?:comido|tragado|ingerido|comió|tragó)|veneno|envenenad\\p{L}*',
        'me he (?:quemado|escaldado)|quemadura',
      ],
    },
    concepts: `
open: abierto, abierta, abren, abre, abrir, apertura, horario de apertura
close: cerrado, cerrada, cierran, cierre
hours: horario, horarios, horas de apertura, horario de apertura
monday: lunes
tuesday: martes
wednesday: miércoles
thursday: jueves
friday: viernes
saturday: sábado, sábados
sunday: domingo, domingos
weekend: fin de semana, fines de semana
weekend: sábado, sábados, domingo, domingos
holiday: festivo, festivos, vacaciones
today: hoy, esta noche
tomorrow: mañana
evening: tarde, noche, por la noche
morning: por la mañana
duration: cuánto tiempo, cuanto tiempo, duración, dura, tarda
time: a qué hora, hora
week: semana, semanas
month: mes, meses, mensual
year: año, años, anual
day: día, días, diario
minute: minuto, minutos
price: precio, precios, cuesta, cuestan, coste, costo, tarifa, tarifas, cuánto, cuanto, caro, barato, cuánto cuesta, cuánto vale
free: gratis, gratuito, gratuita, sin coste
pay: pagar, pago, pagos, abonar
creditcard: tarjeta de crédito, tarjeta de débito, tarjeta, visa
cash: efectivo, cheque, cheques
transfer: transferencia, domiciliación
installment: a plazos, plazos, cuotas, financiación, financiar
invoice: factura, facturas, recibo
refund: reembolso, reembolsar, devolución del dinero, devolver el dinero
discount: descuento, descuentos, rebaja, reducido, código promocional
insurance: seguro, asegurado, aseguradora
claim: reclamación, siniestro, reclamar
cover: cubre, cobertura, cubierto
excess: franquicia
subscription: suscripción, abono, plan, planes
member: socio, miembro, membresía
cancel: cancelar, cancelación, anular, darse de baja, baja
change: cambiar, cambio, modificar, mover, aplazar
move: mudarme, mudanza
appointment: cita, citas, consulta, turno, sesión
appointment: pedir cita, reservar cita, reservar
reserve: reservar, reserva, lista de espera
account: cuenta, mi cuenta, perfil
login: iniciar sesión, acceder, entrar, login
password: contraseña, clave
forgot: olvidé, olvidado, olvidar, restablecer
register: registrarse, registro, inscribirse, inscripción, darse de alta
email: correo, correo electrónico, email, e-mail
phone: teléfono, llamar, llamada, número
address: dirección, dónde están, ubicación, cómo llegar, dónde se encuentran
parking: aparcar, aparcamiento, parking, estacionar, coche
transport: autobús, metro, tren, estación, parada, transporte público
bike: bici, bicicleta, bicicletas, bici eléctrica
access: silla de ruedas, accesible, accesibilidad, discapacidad, rampa, escalones
lift: ascensor
toilet: baño, baños, aseo, servicio
child: niño, niños, niña, niñas, hijo, hija, hijos, bebé, menor
teen: adolescente, adolescentes
parent: padre, madre, padres, tutor legal
adult: adulto, adultos
age: edad, años
student: estudiante, estudiantes, alumno, alumnos
senior: jubilado, jubilados, mayores, personas mayores
family: familia, familias
new: nuevo, nueva, nuevos, nuevas
customer: cliente, clientes, paciente, pacientes
staff: personal, empleado, empleados, equipo
person: persona, humano, alguien
language: idioma, idiomas, lengua, habla, hablan, hablar
english: inglés
german: alemán
french: francés
spanish: español, castellano
italian: italiano
portuguese: portugués
dutch: neerlandés, holandés
polish: polaco
turkish: turco
online: en línea, online, web, página web, internet
app: aplicación, app
download: descargar, descarga
install: instalar, instalación
device: dispositivo, tableta, móvil, smartphone
computer: ordenador, computadora, portátil, pc
wifi: wifi, internet inalámbrico
print: imprimir, impresión, impresora
copy: copia, copias, fotocopia
scan: escanear, escáner
ebook: libro electrónico, libros electrónicos, ebook, audiolibro
borrow: prestar, préstamo, pedir prestado, alquilar, alquiler
return: devolver, devolución, devuelvo, entregar
late: retraso, tarde, atrasado
lost: perdido, perdí, perder, robado
damage: dañado, roto, rota, estropeado, manchado, defectuoso, daño
repair: reparar, reparación, arreglar
service: mantenimiento, revisión
replace: sustituir, reemplazar, cambiar, sustitución
deliver: envío, enviar, entrega, entregar, paquete, mandar
order: pedido, pedidos, comprar, compra
track: seguimiento, rastrear
stock: disponible, disponibilidad, en stock, agotado
size: talla, tallas, tamaño
colour: color, colores, a color
warranty: garantía
trial: prueba, probar, periodo de prueba
test: examen, prueba, evaluación
certificate: certificado, diploma
level: nivel, niveles, principiante, avanzado
lesson: clase, clases, curso, cursos, lección
teacher: profesor, profesora, tutor, docente
team: equipo, empresa, negocio
group: grupo, grupos
user: usuario, usuarios, licencia
privacy: datos personales, datos, privacidad, rgpd
delete: borrar, eliminar
complaint: queja, quejas, reclamación, quejarme, sugerencia
contact: contacto, contactar
emergency: urgencia, urgente, emergencia
pain: dolor, duele, dolores
tooth: diente, dientes, muela, dental
doctor: médico, doctor, dentista, veterinario
nervous: miedo, nervioso, nerviosa, ansiedad, pánico
sedation: sedación, anestesia, sedar
pregnant: embarazada, embarazo, lactancia
pet: mascota, mascotas, animal, animales
dog: perro, perros, cachorro
cat: gato, gatos, gatito
vaccine: vacuna, vacunas, vacunación
illness: enfermedad, enfermo
treatment: tratamiento, tratar
surgery: operación, cirugía
medicine: medicamento, medicina, receta
accident: accidente, lesión, herido
food: comida, comer
drink: bebida, beber, café
gift: regalo, tarjeta regalo, vale
donate: donar, donación
event: evento, eventos, taller, fiesta, cumpleaños
tour: visita, visita guiada
room: sala, salas, espacio
desk: puesto de trabajo, mesa, sitio para estudiar
document: documento, documentos, formulario
id: dni, documento de identidad, pasaporte, identificación
record: historial, expediente, registros
result: resultado, resultados
calendar: calendario, agenda
sync: sincronizar, sincronización
export: exportar
share: compartir, invitar
notification: notificación, notificaciones, recordatorio, recordatorios
offline: sin conexión, sin internet
error: error, fallo, no funciona
country: extranjero, país, internacional
travel: viaje, viajar
battery: batería, cargador
tyre: rueda, neumático, pinchazo
brake: freno, frenos
renew: renovar, renovación, prolongar, ampliar
card: tarjeta, carné, carnet
library: biblioteca, bibliotecas
near: más cercano, más cercana, cerca, cercano
black: negro, blanco y negro
white: blanco, blanco y negro
accept: aceptar, aceptan, acepta, admiten, atienden
book: libro, libros, novela, novelas
notice: preaviso, con antelación, antes
weather: lluvia, nieve, nublado, nubes, soleado, invierno
install: montaje, montar, instalador, instaladores
power: electricidad, energía, corriente, apagón, corte de luz
product: producto, productos, artículo, artículos
sell: vender, vendéis, venden, vende
price: barato, más barato, económico
expire: caducar, caduca, caducado, caducidad, vencer, vence, vencimiento, válido, validez
birthday: cumpleaños, cumple
loyalty: puntos, fidelidad, recompensa
staff: subcontratistas, subcontrata, técnico, técnicos, electricista, empleados
contract: contrato, firmado, firmar, desistimiento
collect: recoger, recogida, pasar a por
home: casa, domicilio
cable: cable, ethernet, usb, hdmi
screen: pantalla, monitor, proyector
advice: consejo, asesoramiento, asesorar, recomendar, recomendación, dudas
guest: invitado, invitados, visita, visitante
quiet: silencio, tranquilo, ruido, molestar
clean: limpiar, limpieza, lavar
mistake: error, equivocado, equivocar, equivocado
lock: cerradura, candado
security: seguridad
slow: lento, lenta
upload: adjuntar
xray: radiografía, radiografías
`,
  },
};
