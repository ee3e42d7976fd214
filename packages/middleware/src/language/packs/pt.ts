import { stemmer } from '@orama/stemmers/portuguese';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

/**
 * Portuguese (português), European and Brazilian spellings alike. Carries the contact cues and the
 * built-in bot's language.
 */
export const pt: LanguageData = {
  code: 'pt',
  stopwordList: 'por',
  frequencyList: 'portuguese',
  contact: {
    nameIs: [
      'me chamo',
      'eu me chamo',
      'chamo-me',
      'eu chamo-me',
      'o meu nome é',
      'o meu nome e',
      'meu nome é',
      'meu nome e',
      'o meu nome completo é',
      'meu nome completo é',
      'meu nome completo e',
      'o nome é',
      'pode me chamar de',
      'podem me chamar de',
      'pode chamar-me',
      'me chamam de',
      'chamam-me',
      'o meu nome',
      'meu nome',
      'o abaixo assinado',
      'a abaixo assinada',
      'eu, abaixo assinado',
      'eu, abaixo assinada',
    ],
    givenNameIs: [
      'meu primeiro nome é',
      'o meu primeiro nome é',
      'meu primeiro nome e',
      'primeiro nome é',
      'primeiro nome:',
      'nome próprio:',
      'nome proprio:',
    ],
    familyNameIs: [
      'meu sobrenome é',
      'o meu sobrenome é',
      'meu sobrenome e',
      'sobrenome é',
      'sobrenome:',
      'o meu apelido é',
      'apelido:',
      'meu último nome é',
      'meu ultimo nome e',
      'último nome:',
      'ultimo nome:',
      'de sobrenome',
    ],
    introductions: [
      '^eu,',
      'o abaixo assinado',
      'a abaixo assinada',
      'sou',
      'aqui é o',
      'aqui é a',
      'aqui quem fala é o',
      'aqui quem fala é a',
      'eu sou',
      'sou o',
      'sou a',
      '^aqui é',
      '^aqui e',
      '^aqui',
      '^aqui fala',
      '^aqui quem fala é',
      '^quem fala é',
      '^quem fala e',
      '^fala',
      '^é o',
      '^é a',
      'está falando com',
      'está a falar com',
      'falando com',
      'aqui fala a',
      'aqui fala o',
      'fala a',
      'fala o',
    ],
    asides: ['aliás', 'a propósito', 'por sinal'],
    nameThen: ['aqui', 'falando', 'a falar'],
    nameLabels: [
      'nome',
      'nome completo',
      'nome e sobrenome',
      'nome e apelido',
      'sobrenome',
      'cliente',
      'nome do cliente',
      'titular',
      'responsável',
      'solicitante',
      'destinatário',
    ],
    fillers: [
      'com',
      'em nome de',
      'sim',
      'claro',
      'claro que sim',
      'com certeza',
      'certamente',
      'certo',
      'ok',
      'okay',
      'tá',
      'ta',
      'tá bom',
      'ta bom',
      'tudo bem',
      'beleza',
      'blz',
      'perfeito',
      'ótimo',
      'otimo',
      'pois',
      'pois não',
      'pois nao',
      'com prazer',
      'de acordo',
      'sem problema',
      'aqui está',
      'aqui esta',
      'segue',
      'é',
      'sou eu',
      'então',
      'entao',
      'bom',
      'bem',
      'hum',
      'obrigado',
      'obrigada',
      'desculpe',
      'na verdade',
    ],
    greetings: [
      'olá',
      'oi',
      'oii',
      'opa',
      'e aí',
      'e ai',
      'bom dia',
      'boa tarde',
      'boa noite',
      'olá a todos',
      'oi tudo bem',
      'olá tudo bem',
      'tudo bem',
      'tudo bom',
      'prezados',
      'prezado',
      'prezada',
      'caros',
      'cara equipe',
      'cara equipa',
      'alô',
      'alo',
      'salve',
    ],
    nameStops: [
      'e',
      'de',
      'da',
      'do',
      'dos',
      'das',
      'com',
      'para',
      'pra',
      'por',
      'em',
      'no',
      'na',
      'ou',
      'mas',
      'que',
      'eu',
      'quero',
      'queria',
      'gostaria',
      'preciso',
      'tenho',
      'sou',
      'moro',
      'obrigado',
      'obrigada',
      'por favor',
      'aqui',
      'a',
      'ao',
      'porque',
      'muito',
      'muita',
      'bastante',
      'super',
      'demais',
      'realmente',
      'tão',
      'já',
      'ainda',
      'não',
      'bem',
    ],
    nameQuestions: [
      'seu nome',
      'o seu nome',
      'teu nome',
      'o teu nome',
      'seu nome completo',
      'o seu nome completo',
      'nome completo',
      'como se chama',
      'como você se chama',
      'como voce se chama',
      'como te chamas',
      'qual é o seu nome',
      'qual e o seu nome',
      'qual o seu nome',
      'qual seu nome',
      'com quem falo',
      'com quem estou falando',
      'com quem estou a falar',
      'com quem tenho o prazer',
      'quem fala',
      'em nome de quem',
      'em que nome',
      'como posso chamá-lo',
      'como posso chamá-la',
      'como posso te chamar',
      'como devo tratá-lo',
      'seus dados',
      'os seus dados',
      'apresente-se',
      'quem é você',
      'da parte de quem',
      'você é?',
    ],
    givenNameQuestions: ['primeiro nome', 'seu primeiro nome', 'nome próprio'],
    familyNameQuestions: ['sobrenome', 'seu sobrenome', 'o seu apelido', 'último nome', 'ultimo nome'],
    requests: [
      'por favor',
      'por gentileza',
      'se faz favor',
      'se fazes favor',
      'pf',
      'pfv',
      'pfvr',
      'poderia',
      'pode',
      'podes',
      'você pode',
      'consegue',
      'me informe',
      'me informa',
      'informe',
      'indique',
      'me passa',
      'me passe',
      'me diga',
      'me diz',
      'diga-me',
      'diz-me',
      'preciso do seu',
      'preciso do teu',
      'qual é',
      'qual e',
      'digite',
      'escreva',
      'forneça',
      'envie',
      'nos informe',
      'gostaria de saber',
      'queira',
    ],
    emailQuestions: [
      'e-mail',
      'email',
      'mail',
      'endereço de e-mail',
      'endereço de email',
      'endereco de email',
      'endereço eletrônico',
      'endereço eletrónico',
      'correio eletrônico',
      'correio eletrónico',
      'correio electrónico',
      'seu e-mail',
      'seu email',
      'o seu e-mail',
      'contatá-lo',
      'contactá-lo',
      'entrar em contato',
      'entrar em contacto',
    ],
    emailIs: ['meu email', 'meu e-mail', 'o meu email', 'o meu e-mail', 'meu endereço', 'o meu é', 'o meu'],
    closings: [
      'atenciosamente',
      'att',
      'atte',
      'cumprimentos',
      'melhores cumprimentos',
      'com os melhores cumprimentos',
      'com os meus cumprimentos',
      'cordialmente',
      'saudações',
      'abraços',
      'abraço',
      'abs',
      'um abraço',
      'grande abraço',
      'beijos',
      'bjs',
      'obrigado',
      'obrigada',
      'muito obrigado',
      'muito obrigada',
      'obg',
      'obgd',
      'valeu',
      'agradeço',
      'desde já agradeço',
      'grato',
      'grata',
      'fico no aguardo',
      'aguardo retorno',
      'até logo',
      'até mais',
      'respeitosamente',
    ],
    at: ['arroba'],
    dot: ['ponto'],
    corrections: [
      'desculpe',
      'desculpa',
      'desculpem',
      'perdão',
      'perdao',
      'foi mal',
      'quis dizer',
      'queria dizer',
      'errado',
      'errei',
      'me enganei',
      'enganei-me',
      'não,',
      'nao,',
      'correção',
      'correcao',
      'corrigindo',
      'o certo é',
      'o correto é',
      'aliás',
      'na verdade',
      'em vez de',
      'erro de digitação',
      'digitei errado',
      'escrevi errado',
    ],
    others: [
      'meu contador',
      'minha contadora',
      'minha irmã',
      'meu irmão',
      'minha mãe',
      'meu pai',
      'presente para',
      'meu colega',
      'minha colega',
      'meu chefe',
      'minha chefe',
      'meu patrão',
      'minha esposa',
      'minha mulher',
      'meu marido',
      'meu esposo',
      'meu companheiro',
      'minha companheira',
      'meu namorado',
      'minha namorada',
      'meu filho',
      'minha filha',
      'minha mãe',
      'minha mae',
      'meu pai',
      'meu irmão',
      'meu irmao',
      'minha irmã',
      'minha irma',
      'meu amigo',
      'minha amiga',
      'meu assistente',
      'minha assistente',
      'minha secretária',
      'com cópia',
      'em cópia',
      'cc',
      'escrevi para',
      'já escrevi para',
      'mandei email para',
      'um email de',
      'um e-mail de',
      'uma mensagem de',
      'uma resposta de',
      'minha prima',
      'meu primo',
      'minha sogra',
      'minha sobrinha',
      'meu sobrinho',
    ],
    stale: [
      'antigo',
      'antiga',
      'anterior',
      'velho',
      'velha',
      'não uso mais',
      'nao uso mais',
      'já não uso',
      'já não',
      'não é mais',
      'não existe mais',
      'errado',
      'errada',
      'incorreto',
      'incorreta',
      'desatualizado',
      'desatualizada',
      'inválido',
      'invalido',
      'não é meu',
      'nao e meu',
      'não é o meu',
    ],
    negations: ['não', 'nao', 'e não', 'e nao', 'em vez de', 'ao invés de', 'ao inves de'],
    mailFrom: ['de', 'remetente', 'responder a'],
    refusals: [
      'prefiro não',
      'prefiro nao',
      'não quero',
      'nao quero',
      'não obrigado',
      'não obrigada',
      'pra quê',
      'para quê',
      'depois',
    ],
    uncertain: [
      'não tenho certeza',
      'nao tenho certeza',
      'não lembro',
      'nao lembro',
      'vou verificar',
      'não me lembro',
      'não sei',
    ],
    confirmations: ['sim', 'isso', 'exato', 'correto', 'isso mesmo'],
    mailTo: ['para'],
    contrasts: ['mas', 'porém'],
    titles: [
      'sr',
      'sra',
      'srta',
      'sr.ª',
      'senhor',
      'senhora',
      'dona',
      'dr',
      'dra',
      'doutor',
      'doutora',
      'eng',
      'eng.ª',
      'enga',
      'engenheiro',
      'engenheira',
      'prof',
      'profa',
      'professor',
      'professora',
      'arq',
      'exmo',
      'exma',
      'dom',
    ],
  },
  intake: {
    stem: stemmer,
    letters: 'ãõ',
    generalStopwords: generalStopwords('pt'),
    stopwords: [
      ...`olá ola oi bom dia boa tarde noite obrigado obrigada por favor sim não ok pois então quero queria
    gostaria preciso posso pode podem saber pergunta dúvida algo alguém há têm tem fazem é são está estão
    meu minha meus minhas seu sua vosso o a os as um uma do da dos das de em no na nos nas com para por
    que como quando onde porquê porque quem qual quais também já ainda só muito
    aproximadamente mais ou menos normalmente geralmente exatamente talvez
    fazer faço pôr dar tomar vir ir ver dizer levar trazer
    desculpa desculpe erro chamo chama nome caro cara`.split(/\s+/),
    ],
    shorthand: {
      vc: 'você',
      pq: 'porque',
      tb: 'também',
      td: 'tudo',
      obg: 'obrigado',
      wifi: 'wifi',
      q: 'que',
      oq: 'o que',
      qdo: 'quando',
      qto: 'quanto',
      qnt: 'quanto',
      hj: 'hoje',
      msm: 'mesmo',
      sab: 'sábado',
      dom: 'domingo',
      tel: 'telefone',
      fds: 'fim de semana',
    },
    phrases: {
      opening: ['Olá! Sou {bot}. Como posso ajudar?'],
      intro: ['Olá, sou {bot}.'],
      introGreeted: ['Olá{, first}! Sou {bot}.'],
      greet: ['Olá{, first}!'],
      greetAgain: ['Olá de novo{, first}!', 'Olá{, first}!'],
      welcome: ['Muito prazer, {first}!', 'Obrigado, {first}!'],
      readBack: [
        'Obrigado: a nossa equipa vai responder para {email}.',
        'Certo: a nossa equipa vai escrever para {email}.',
      ],
      declined: ['Sem problema.', 'Tudo bem.'],
      thanked: ['De nada{, first}!', 'Fico contente por ajudar{, first}!'],
      thankedEarly: ['De nada{, first}!'],
      confirmed: ['Perfeito{, first}.', 'Obrigado{, first}.'],
      answerLead: ['', 'Eis o que lhe posso dizer:'],
      problemLead: ['Eis o que lhe posso dizer:', 'Isto pode ajudar:'],
      onlyIn: ['Só tenho esta informação em {language}:', 'Isto só está disponível em {language}:'],
      sameAnswer: [
        'A minha resposta acima também cobre isso.',
        'Está na minha resposta acima: é tudo o que sei.',
      ],
      unknown: [
        'Desculpe, não sei a resposta e prefiro não adivinhar.',
        'Não tenho essa informação, lamento, e não quero adivinhar.',
      ],
      offerAfterAnswer: [
        'Se isto não resolver, uma pessoa da nossa equipa pode ajudar.',
        'Se precisar de mais, alguém da nossa equipa pode tratar disso.',
      ],
      offerStatement: [
        'Mas uma pessoa da nossa equipa pode ajudar.',
        'Alguém da nossa equipa pode tratar disso.',
      ],
      offerQuestion: [
        'Quer que passe o seu pedido a uma pessoa da nossa equipa?',
        'Passo-o a alguém da nossa equipa?',
      ],
      handoverAsked: [
        'Claro{, first}: vou passar o seu pedido à nossa equipa.',
        'Com certeza{, first}. Vou passá-lo a uma pessoa da nossa equipa.',
      ],
      handoverFrustrated: [
        'Lamento muito o incómodo{, first}. Vou passar o seu pedido a uma pessoa da nossa equipa.',
      ],
      handoverStuck: [
        'Também não sei isso, lamento{, first}. Vou passar à nossa equipa para que uma pessoa ajude.',
      ],
      handoverAccepted: [
        'Ótimo{, first}: vou passar à nossa equipa.',
        'Feito{, first}: uma pessoa da nossa equipa vai tratar disso.',
      ],
      handoverUrgent: [
        'Parece urgente{, first}. Se alguém estiver em perigo, ligue já para o 112. Estou a avisar uma pessoa da nossa equipa.',
      ],
      handoverDispute: ['Compreendo{, first}. Uma pessoa da nossa equipa tem de ver isto, vou passar agora.'],
      alreadyHanded: ['Acrescentei isto para a pessoa da nossa equipa que vai tratar do assunto{, first}.'],
      askEmailFirst: [
        'Qual é o melhor e-mail para lhe responderem?',
        'Para lhe poderem responder, qual é o seu e-mail?',
      ],
      theyReply: ['Vão responder para {email}.', 'Vão escrever para {email}.'],
      tellMore: ['Se quiser, diga-me em poucas palavras do que se trata, para ser mais rápido.'],
      goOn: ['Claro, o que se passa?', 'Com certeza. O que aconteceu?'],
      goOnQuestion: ['Claro, qual é a sua pergunta?'],
      askName: ['Pode dizer-me o seu nome, para a nossa equipa saber com quem fala?', 'Como se chama?'],
      askEmail: [
        'Qual é o melhor e-mail para a nossa equipa o contactar?',
        'E o seu e-mail, caso a nossa equipa precise de lhe escrever?',
      ],
      afterAnswer: ['Isto responde à sua pergunta?', 'Isto ajuda?'],
      anythingElse: ['Posso ajudar com mais alguma coisa?', 'Mais alguma coisa?'],
      teamWillFollow: [
        'Alguém da nossa equipa vai entrar em contacto em breve.',
        'A nossa equipa vai tratar disto em breve.',
      ],
      goodbye: ['Tenha um bom dia!', 'Até breve!'],
      howCanIHelp: ['Em que posso ajudar?', 'Como posso ajudar?'],
    },
    smallTalk: {
      greeting: ['olá', 'ola', 'oi', 'bom dia', 'boa tarde', 'boa noite', 'viva'],
      closing: [
        'obrigad[oa]|muito|muitíssimo|ok|perfeito|ótimo|otimo|tchau|adeus|até|logo|breve|bom|dia|boa|tarde|noite|é|tudo|nada|mais|não',
      ],
      closingCue: ['obrigad[oa]|tchau|adeus|até logo|até breve|é tudo'],
      yes: ['sim|ok|claro|certo|exato|correto|perfeito|por|favor|obrigad[oa]|isso|mesmo|pode|ser'],
      yesCue: ['sim|ok|claro|certo|exato|correto'],
      decline: ['prefiro não|não obrigad[oa]|para que precisa'],
      no: ['não|nao'],
      vague: ['ajuda|ajudar|pergunta|perguntas|dúvida|dúvidas|problema|problemas|urgente|algo|alguém'],
      followUp: ['e', 'também', 'e para', 'e se', 'e os', 'e as', 'e o', 'e a', 'e quanto a', 'o mesmo para'],
      question: [
        'como|o que|que|quando|onde|porquê|porque|quem|qual|quais|quanto|quanta|quantos|posso|pode|podem|têm|tem|há|fazem|aceitam|é|são|está|estão',
      ],
      emailWord: ['e-?mail|correio'],
      nameWord: ['nome'],
    },
    handover: {
      person: [
        'falar com',
        'ligar-me|ligue-me|me ligue|liguem-me',
        'contactar-me|contacte-me|me contate',
        'uma pessoa|um humano|um atendente|um assistente|uma pessoa real',
        'passar-me|passe-me',
        'com quem (?:devo|posso|tenho de|tenho que) falar',
        '(?:mandem|enviem|mande|envie) alguém',
        'preciso (?:do|da) (?:equipa|equipe|departamento|setor|responsável|gerente)',
        '(?:o|ao|a|à) (?:responsável|chefe|gerente|encarregad[oa])',
        'me (?:pode|podem) ligar|(?:pode|podem) ligar-me|alguém me (?:pode )?ligar',
        'ser contactad\\p{L}*|(?:entrem|entre|entrar) em contacto comigo',
      ],
      notPerson: ['não (?:preciso|quero) (?:falar com )?(?:uma pessoa|um humano)'],
      dispute: [
        'cobraram-me|me cobraram|cobrado (?:duas vezes|a mais|por engano)',
        'não (?:vou )?pagar',
        'quero (?:o meu dinheiro|o reembolso|um reembolso|reembolso)|devolvam o (?:meu )?dinheiro|meu dinheiro de volta',
        'fatura[^.!?]{0,30} (?:está )?errada|cobrança indevida|cobraram (?:a mais|duas vezes)|quem (?:vai )?pagar (?:por )?isso',
        '(?:recusaram|rejeitaram|negaram) (?:o meu|a minha|o|a) (?:pedido|reembolso|sinistro|reclamação)|(?:pedido|sinistro|reclamação) (?:foi )?(?:recusad[oa]|rejeitad[oa]|negad[oa])',
        'quero recorrer',
        'ainda não (?:recebi|chegou) o (?:meu )?reembolso',
        'continuam a (?:cobrar|debitar)|(?:cobrad[oa]|debitad[oa]) depois de cancelar',
        'não autorizei|nunca (?:pedi|encomendei|autorizei)|não (?:pedi|encomendei) (?:isto|isso|nada)',
        '(?:perderam|estragaram|danificaram|partiram|apagaram) (?:o meu|a minha|os meus|as minhas|o nosso|a nossa)',
        '(?:é|isto é) (?:muito )?injusto',
        '(?:estão a|estão) (?:me )?ignorar',
      ],
      legal: [
        'advogad[oa]',
        'tribunal',
        'processar|processo judicial',
        'queixa formal|livro de reclamações',
        'deco|procon',
        'polícia',
        'direito de acesso|enganos[oa]|publicidade enganosa|ação judicial|aconselhamento jurídico',
        '(?:quero|vou) (?:fazer|apresentar) uma (?:queixa|reclamação)|queixa formal',
        'má avaliação|avaliação negativa',
        '(?:quero|vou|gostaria de) (?:fazer uma |apresentar uma )?reclama\\p{L}*',
      ],
      frustration: [
        'inútil',
        'ridículo',
        'vergonha',
        'inaceitável',
        'absurdo',
        'não ajuda',
        'não serve para nada',
        'não foi isso que perguntei',
        'farto',
        'ladrões|ladrão|burla\\p{L}*|vigaristas|mal-educad\\p{L}*|grosseir\\p{L}*',
        '(?:estou|estamos) (?:muito |mesmo |tão )?(?:irritad[oa]s?|furios[oa]s?|indignad[oa]s?|chatead[oa]s?)|péssimo serviço',
        '(?:muito |bastante )?(?:desiludid[oa]s?|decepcionad[oa]s?)|insatisfeit[oa]s?|não estou (?:nada )?satisfeit[oa]',
        'não (?:me )?(?:entendes|entende|percebes|percebe)',
      ],
      repeated: [
        '(?:segunda|terceira|quarta) vez',
        'ninguém responde',
        'continuo sem resposta',
        'já (?:perguntei|escrevi|liguei)',
        '(?:há|ha) (?:mais de )?(?:\\d+|duas|dois|três|quatro|cinco|várias|vários) (?:dias|semanas|meses) (?:à espera|que espero|esperando)|(?:estou|espero) (?:à espera )?há (?:\\d+|duas|dois|três|várias) (?:dias|semanas|meses)',
        '(?:ainda|continua) (?:não está |sem ser )?(?:resolvido|reparado|arranjado)',
        'ninguém me (?:respondeu|ligou|contactou)|quantas vezes (?:tenho|preciso)',
        'não (?:respondeste|respondeu|responde|responderam) (?:à|a) (?:minha )?pergunta|resposta errada|(?:a )?mesma resposta',
      ],
      urgent: [
        'emergência|urgência',
        'dor (?:insuportável|forte|terrível)',
        'sangramento não para|não para de sangrar|sangra muito',
        'inconsciente|desmaiou|não respira|não responde',
        'engoliu|engasg',
        'fogo|incêndio|fumo|fumaça',
        'cheiro a gás|cheiro de gás|fuga de gás',
        'ambulância',
        'reação alérgica',
        'dificuldade (?:em|para|a) respirar|não consig[ou] respirar',
        'inchad[oa]s?',
        '(?:bebeu|tomou|ingeriu) (?:\\p{L}+ ){0,3}(?:comprimidos|xarope|remédio|medicamento)\\p{L}*',
        'tonturas?|tont[oa] e',
        'cheiro (?:a|de) queimado|faíscas',
        'fios (?:desencapados|expostos|soltos)',
        'inunda\\p{L}*|infiltração',
        'trancad[oa] (?:do lado de )?fora',
        'é uma emergência|atropelad[oa]',
        'partiu (?:o|a|um|uma)|(?:no|ao) hospital',
        'sangra muito|muito sangue|vomitar sangue|vomita sangue',
        'travões? falh\\p{L}*|freios? falh\\p{L}*|não consegue (?:andar|levantar-se|ficar de pé)',
        'hackead[oa]|pirateada|acesso não autorizado|fuga de dados|perdi todos os (?:meus )?(?:dados|ficheiros|arquivos|projetos)|(?:os meus )?(?:dados|ficheiros|arquivos|projetos) desapareceram',
        'bateu com a cabeça|bati com a cabeça|dor no peito|um avc|enfarte',
        '(?:cão|cachorro|gato|gata) (?:comeu|engoliu|ingeriu)|veneno|envenenad\\p{L}*',
        '(?:criança|filho|filha) (?:desapareceu|desaparecid[oa])|(?:caiu|caí) (?:das|da|do|nas|na|no)|ameaçad\\p{L}*|agredid\\p{L}*|queimou-se|queimei-me',
      ],
    },
    concepts: `
open: aberto, aberta, abrem, abre, abertura, horário de abertura
close: fechado, fechada, fecham, encerrado
hours: horário, horários, horas de abertura, horário de funcionamento
monday: segunda, segunda-feira
tuesday: terça, terça-feira
wednesday: quarta, quarta-feira
thursday: quinta, quinta-feira
friday: sexta, sexta-feira
saturday: sábado, sábados
sunday: domingo, domingos
weekend: fim de semana, fins de semana
weekend: sábado, sábados, domingo, domingos
holiday: feriado, feriados, férias
today: hoje, esta noite
tomorrow: amanhã
evening: noite, à noite, ao fim do dia
morning: manhã, de manhã
duration: quanto tempo, duração, demora, dura
time: a que horas, hora
week: semana, semanas
month: mês, meses, mensal
year: ano, anos, anual
day: dia, dias
minute: minuto, minutos
price: preço, preços, custo, custa, custam, tarifa, quanto, quanto custa, caro, barato, valor
free: grátis, gratuito, gratuita, sem custo
pay: pagar, pagamento
creditcard: cartão de crédito, cartão de débito, cartão, multibanco, visa
cash: dinheiro, numerário, cheque, cheques
transfer: transferência, débito direto
installment: prestações, parcelas, parcelar, financiamento
invoice: fatura, faturas, recibo
refund: reembolso, reembolsar, devolução do dinheiro
discount: desconto, descontos, redução, código promocional
insurance: seguro, segurado, seguradora
claim: sinistro, participação, pedido de reembolso
cover: cobre, cobertura, coberto
excess: franquia
subscription: subscrição, assinatura, plano, planos
member: sócio, membro, adesão
cancel: cancelar, cancelamento, anular, desmarcar
change: mudar, alterar, alteração, remarcar, adiar
move: mudança, mudar de casa
appointment: consulta, consultas, marcação, sessão, horário marcado
appointment: marcar consulta, marcar, agendar, reservar
reserve: reservar, reserva, lista de espera
account: conta, minha conta, perfil
login: entrar, iniciar sessão, login, acesso
password: palavra-passe, senha, password
forgot: esqueci, esquecido, esquecer, redefinir
register: registar, registrar, inscrever, inscrição, registo
email: email, e-mail, correio eletrónico
phone: telefone, ligar, chamada, número
address: morada, endereço, onde ficam, localização, como chegar
parking: estacionar, estacionamento, parque, carro
transport: autocarro, ônibus, metro, metrô, comboio, trem, estação, paragem
bike: bicicleta, bicicletas, bike
access: cadeira de rodas, acessível, acessibilidade, deficiência, rampa, degraus
lift: elevador
toilet: casa de banho, banheiro, wc
child: criança, crianças, filho, filha, filhos, bebé, bebê
teen: adolescente, adolescentes
parent: pai, mãe, pais, encarregado de educação
adult: adulto, adultos
age: idade, anos
student: estudante, estudantes, aluno, alunos
senior: reformado, aposentado, idosos
family: família, famílias
new: novo, nova, novos, novas
customer: cliente, clientes, paciente, pacientes
staff: pessoal, funcionário, funcionários, equipa, equipe
person: pessoa, humano, alguém
language: língua, línguas, idioma, idiomas, fala, falam, falar
english: inglês
german: alemão
french: francês
spanish: espanhol
italian: italiano
portuguese: português
dutch: holandês, neerlandês
polish: polaco, polonês
turkish: turco
online: online, site, internet, na internet
app: aplicação, aplicativo, app
download: descarregar, baixar, download
install: instalar, instalação
device: dispositivo, tablet, telemóvel, celular
computer: computador, portátil, pc
wifi: wifi, internet sem fios
print: imprimir, impressão, impressora
copy: cópia, cópias, fotocópia
scan: digitalizar, scanner
ebook: livro digital, livros digitais, ebook, audiolivro
borrow: emprestar, empréstimo, requisitar, alugar, aluguer, aluguel
return: devolver, devolução, entregar
late: atraso, atrasado, tarde
lost: perdi, perdido, perder, roubado
damage: danificado, estragado, partido, quebrado, manchado, defeituoso, dano
repair: reparar, reparação, consertar, conserto
service: manutenção, revisão
replace: substituir, substituição, trocar, troca
deliver: envio, enviar, entrega, entregar, encomenda, pacote
order: encomenda, pedido, comprar, compra
track: rastrear, seguimento
stock: disponível, disponibilidade, esgotado
size: tamanho, tamanhos
colour: cor, cores, a cores
warranty: garantia
trial: teste, experimentar, período experimental
test: exame, teste, avaliação
certificate: certificado, diploma
level: nível, níveis, iniciante, avançado
lesson: aula, aulas, curso, cursos, lição
teacher: professor, professora, tutor
team: equipa, equipe, empresa
group: grupo, grupos
user: utilizador, usuário, licença
privacy: dados pessoais, dados, privacidade, rgpd
delete: apagar, eliminar
complaint: reclamação, queixa, queixar-me, sugestão
contact: contacto, contato, contactar
emergency: emergência, urgência, urgente
pain: dor, dói, dores
tooth: dente, dentes, dentário
doctor: médico, doutor, dentista, veterinário
nervous: medo, ansiedade, ansioso, nervoso, pânico
sedation: sedação, anestesia, sedar
pregnant: grávida, gravidez, amamentação
pet: animal de estimação, animais, animal
dog: cão, cães, cachorro
cat: gato, gatos
vaccine: vacina, vacinas, vacinação
illness: doença, doente
treatment: tratamento, tratar
surgery: cirurgia, operação
medicine: medicamento, medicamentos, receita
accident: acidente, lesão, ferido
food: comida, comer
drink: bebida, beber, café
gift: presente, vale-presente, cartão presente
donate: doar, doação
event: evento, eventos, workshop, festa, aniversário
tour: visita, visita guiada
room: sala, salas, espaço
desk: posto de trabalho, mesa, lugar para estudar
document: documento, documentos, formulário
id: cartão de cidadão, bilhete de identidade, passaporte, documento de identificação
record: ficha, processo, histórico, registos
result: resultado, resultados
calendar: calendário, agenda
sync: sincronizar, sincronização
export: exportar
share: partilhar, compartilhar, convidar
notification: notificação, notificações, lembrete, lembretes
offline: offline, sem internet
error: erro, falha, não funciona
country: estrangeiro, país, internacional
travel: viagem, viajar
battery: bateria, carregador
tyre: pneu, pneus, furo
brake: travão, travões, freio
renew: renovar, renovação, prolongar, prorrogar
card: cartão, cartão de leitor
library: biblioteca, bibliotecas
near: mais próximo, mais próxima, perto
black: preto, preto e branco
white: branco, preto e branco
accept: aceitar, aceitam, aceita, atendem
book: livro, livros, romance, romances
notice: aviso prévio, antecedência, antes
weather: chuva, neve, nublado, nuvens, ensolarado, inverno
install: montagem, montar, instalador, instaladores
power: eletricidade, luz, energia, corrente, apagão
product: produto, produtos, artigo, artigos
sell: vender, vendem, vende
price: barato, mais barato, económico, econômico
expire: expirar, expira, validade, vencer, vence, caducar, válido
birthday: aniversário
loyalty: pontos, fidelidade, recompensa
staff: subempreiteiros, técnico, técnicos, eletricista, funcionários
contract: contrato, assinado, assinar, desistência
collect: levantar, recolher, recolha, retirar
home: casa, apartamento, domicílio
cable: cabo, ethernet, usb, hdmi
screen: ecrã, tela, monitor, projetor
advice: conselho, aconselhamento, recomendar
guest: convidado, convidados, visitante, visita
quiet: silêncio, sossegado, barulho, ruído, incomodar
clean: limpar, limpeza, lavar
mistake: erro, errado, enganei
lock: fechadura, cadeado
security: segurança
slow: lento, lenta
upload: anexar
xray: raio-x, radiografia
`,
  },
};
