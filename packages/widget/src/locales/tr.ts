import type { Locale } from './en.js';

/**
 * Turkish. Register: polite "siz" in sentences, as Turkish shops and support chats use
 * (Trendyol, Hepsiburada); buttons keep the usual short verb form ("Gönder", "Tekrar dene").
 * A number is followed by the singular noun, so both plural forms read the same.
 */
export const locale: Locale = {
  open: 'Destek sohbetini aç',
  close: 'Sohbeti kapat',
  unread: { one: '{n} okunmamış mesaj', other: '{n} okunmamış mesaj' },
  loadFailed: 'Sohbet yüklenemedi.',
  retry: 'Tekrar dene',
  title: 'Destek',
  subtitle: 'Yapay zekâ asistanı · ekibimiz e-postayla yanıt verir',
  greeting: 'Merhaba! Bugün size nasıl yardımcı olabiliriz?',
  log: 'Sohbet geçmişi',
  placeholder: 'Bir mesaj yazın…',
  addMore: 'Ekibimiz için bir not ekleyin…',
  send: 'Gönder',
  typing: 'Yazıyor…',
  sending: 'Gönderiliyor…',
  notSent: 'Gönderilemedi — tekrar dene',
  human: 'Müşteri temsilcisiyle görüş',
  end: 'Sohbeti sonlandır',
  endConfirm: 'Sohbet sonlandırılsın mı? Ekibimize bir özet iletilecek.',
  cancel: 'İptal',
  emailAsk: 'Ekibimiz hangi e-posta adresine yanıt versin?',
  emailSubmit: 'Ekibimize gönder',
  emailSave: 'E-postayı kaydet',
  emailInvalid: 'Lütfen geçerli bir e-posta adresi girin (ör. name@example.com).',
  didYouMean: 'Bunu mu demek istediniz: {email}?',
  handedOver: 'Talebiniz {ref} numarasıyla ekibimize iletildi.',
  sentTo: 'Yanıt {email} adresine gönderilecek.',
  replyTime: 'Tahmini yanıt süresi: {time}.',
  passedOn: 'Bu sohbet ekibimize aktarıldı. Buraya yazdığınız her şey onlara da ulaşır.',
  added: 'Talebinize eklendi — ekibimiz görecek.',
  ended: 'Sohbet sona erdi. Bize ulaştığınız için teşekkürler!',
  addEmail: 'E-postayla yanıt almak ister misiniz? Adresinizi ekleyin',
  changeEmail: 'Adresiniz bu değil mi? Değiştirin',
  newChat: 'Yeni sohbet başlat',
  forget: 'Beni unut',
  loading: 'Bağlanıyor…',
  offline: 'Çevrimdışısınız. Bağlantınız geri geldiğinde mesajınızı göndereceğiz.',
  busy: 'Çok fazla mesaj gönderildi. Lütfen biraz bekleyin.',
  tooLong: 'Bu mesaj çok uzun.',
  blocked: 'Sohbet bu sitede kullanılamıyor.',
  failed: 'Bir sorun oluştu. Lütfen tekrar deneyin.',
};
