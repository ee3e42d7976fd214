import type { Locale } from './en.js';

/**
 * Portuguese, Brazilian-based but readable in Portugal. Register: polite third person
 * (the "você" form, with the pronoun mostly left out), as shops in both countries use.
 * Words that differ between the two (salvar/guardar, contato/contacto, time/equipa) are
 * avoided where a shared word exists; "equipe" is the Brazilian form, understood in Portugal.
 */
export const locale: Locale = {
  open: 'Abrir o chat de ajuda',
  close: 'Fechar o chat',
  unread: {
    one: '{n} mensagem não lida',
    many: '{n} de mensagens não lidas',
    other: '{n} mensagens não lidas',
  },
  loadFailed: 'Não foi possível carregar o chat.',
  retry: 'Tentar novamente',
  title: 'Ajuda',
  subtitle: 'Assistente de IA · a nossa equipe responde por e-mail',
  greeting: 'Olá! Como podemos ajudar hoje?',
  log: 'Conversa',
  placeholder: 'Escreva uma mensagem…',
  addMore: 'Adicione mais detalhes para a nossa equipe…',
  send: 'Enviar',
  typing: 'Escrevendo…',
  sending: 'Enviando…',
  notSent: 'Não enviada — tentar novamente',
  human: 'Falar com uma pessoa',
  end: 'Encerrar o chat',
  endConfirm: 'Encerrar este chat? A nossa equipe receberá um resumo.',
  cancel: 'Cancelar',
  emailAsk: 'Para qual e-mail a nossa equipe deve responder?',
  emailSubmit: 'Enviar para a nossa equipe',
  emailSave: 'Confirmar e-mail',
  emailInvalid: 'Insira um e-mail válido, como name@example.com.',
  didYouMean: 'Quis dizer {email}?',
  handedOver: 'Enviado para a nossa equipe com a referência {ref}.',
  sentTo: 'A resposta será enviada para {email}.',
  replyTime: 'Prazo estimado de resposta: {time}.',
  passedOn: 'Este chat foi encaminhado para a nossa equipe. Tudo o que escrever aqui também chegará até ela.',
  added: 'Adicionado à sua solicitação — a nossa equipe vai vê-lo.',
  ended: 'Chat encerrado. Obrigado pela sua mensagem!',
  addEmail: 'Quer uma resposta por e-mail? Adicione o seu endereço',
  changeEmail: 'Não é o seu endereço? Altere-o',
  newChat: 'Iniciar um novo chat',
  forget: 'Esquecer os meus dados',
  loading: 'Conectando…',
  offline: 'Está offline. A sua mensagem será enviada quando a conexão voltar.',
  busy: 'Muitas mensagens. Aguarde um momento.',
  tooLong: 'Esta mensagem é muito longa.',
  blocked: 'O chat não está disponível neste site.',
  failed: 'Ocorreu um erro. Tente novamente.',
};
