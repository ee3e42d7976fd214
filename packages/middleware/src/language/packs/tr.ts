import { stemmer } from '@orama/stemmers/turkish';
import { generalStopwords } from '../general-stopwords.js';
import type { LanguageData } from '../language-data.js';

// Entries written "i̇…" (i + U+0307) are how a capital "İ" lower-cases: "İsmim" → "i̇smim".

/**
 * Turkish (Türkçe), in the polite "siz" form. Carries the contact cues and the built-in bot's
 * language.
 */
export const tr: LanguageData = {
  code: 'tr',
  stopwordList: 'tur',
  frequencyList: 'turkish',
  contact: {
    nameIs: [
      'benim adım',
      'benim adim',
      'adım',
      'adim',
      'benim ismim',
      'ismim',
      'i̇smim',
      'tam adım',
      'tam adim',
      'adım soyadım',
      'adim soyadim',
      'ad soyadım',
      'ad soyadim',
      'isim soyisim',
      'i̇sim soyisim',
      'aşağıda imzası bulunan',
    ],
    givenNameIs: ['ilk adım', 'ilk adim', 'ad:', 'adı:', 'adi:', 'i̇sim:', 'isim:'],
    familyNameIs: [
      'soyadım',
      'soyadim',
      'benim soyadım',
      'benim soyadim',
      'soy adım',
      'soy adim',
      'soyismim',
      'soyad:',
      'soyadı:',
      'soyadi:',
      'soyisim:',
    ],
    introductions: ['^ben,', 'ben', '^ben', '^benim'],
    asides: ['bu arada'],
    nameThen: ['ben', 'benim', 'ile görüşüyorsunuz', 'ile görüşüyorsun', 'ile konuşuyorsunuz'],
    nameLabels: [
      'ad',
      'adı',
      'adi',
      'ad soyad',
      'ad-soyad',
      'adı soyadı',
      'adi soyadi',
      'isim',
      'i̇sim',
      'isim soyisim',
      'isim soyad',
      'soyad',
      'soyadı',
      'müşteri',
      'musteri',
      'müşteri adı',
      'musteri adi',
      'yetkili',
      'yetkili kişi',
      'iletişim kişisi',
    ],
    fillers: [
      'evet',
      'tabii',
      'tabi',
      'tabii ki',
      'tabiki',
      'elbette',
      'tamam',
      'tamamdır',
      'peki',
      'olur',
      'hay hay',
      'memnuniyetle',
      'kesinlikle',
      'buyurun',
      'buyrun',
      'buyur',
      'işte',
      'iste',
      'i̇şte',
      'şöyle',
      'ok',
      'okey',
      'sorun değil',
      'şey',
      'yani',
      'teşekkürler',
      'pardon',
      'aslında',
      'efendim',
    ],
    greetings: [
      'merhaba',
      'merhabalar',
      'mrb',
      'selam',
      'selamlar',
      'slm',
      'selamün aleyküm',
      'selamun aleykum',
      'günaydın',
      'gunaydin',
      'iyi günler',
      'iyi gunler',
      'i̇yi günler',
      'iyi akşamlar',
      'iyi aksamlar',
      'i̇yi akşamlar',
      'tünaydın',
      'kolay gelsin',
      'hayırlı günler',
      'sayın yetkili',
      'sayın ilgili',
      'değerli ekip',
      'alo',
    ],
    nameStops: [
      've',
      'ile',
      'bir',
      'için',
      'icin',
      'da',
      'de',
      'ama',
      'fakat',
      'veya',
      'ya da',
      'istiyorum',
      'lütfen',
      'lutfen',
      'teşekkürler',
      'tesekkurler',
      'burada',
      'olarak',
      'çünkü',
      'ki',
      'rica',
      'çok',
      'gerçekten',
      'cidden',
      'biraz',
      'oldukça',
      'hala',
      'henüz',
      'zaten',
      'değil',
    ],
    nameQuestions: [
      'adınız',
      'adiniz',
      'adınızı',
      'adinizi',
      'isminiz',
      'isminizi',
      'i̇sminiz',
      'i̇sminizi',
      'adınız nedir',
      'adınız soyadınız',
      'adınızı ve soyadınızı',
      'adınızı soyadınızı',
      'ad soyad',
      'ad soyadınız',
      'adınızı öğrenebilir miyim',
      'isminizi öğrenebilir miyim',
      'adın ne',
      'ismin ne',
      'adın',
      'ismin',
      'kiminle görüşüyorum',
      'kiminle konuşuyorum',
      'kimle görüşüyorum',
      'size nasıl hitap edebilirim',
      'size nasıl hitap edeyim',
      'hangi isimle',
      'kimin adına',
      'kim adına',
      'tam adınız',
      'bilgileriniz',
      'iletişim bilgileriniz',
      'kendinizi tanıtır mısınız',
    ],
    givenNameQuestions: ['ilk adınız', 'ilk adiniz', 'sadece adınız', 'sadece adiniz'],
    familyNameQuestions: ['soyadınız', 'soyadiniz', 'soyadınızı', 'soyadinizi', 'soyisminiz', 'soyadın'],
    requests: [
      'lütfen',
      'lutfen',
      'rica ederim',
      'rica etsem',
      'rica ediyorum',
      'paylaşır mısınız',
      'paylasir misiniz',
      'paylaşabilir misiniz',
      'iletir misiniz',
      'yazar mısınız',
      'yazabilir misiniz',
      'verir misiniz',
      'verebilir misiniz',
      'öğrenebilir miyim',
      'ogrenebilir miyim',
      'alabilir miyim',
      'söyler misiniz',
      'belirtir misiniz',
      'bildirir misiniz',
      'belirtiniz',
      'yazınız',
      'paylaşınız',
      'iletiniz',
      'nedir',
    ],
    emailQuestions: [
      'e-posta',
      'eposta',
      'e-posta adresiniz',
      'e-posta adresinizi',
      'e-mail',
      'email',
      'mail',
      'mail adresiniz',
      'mail adresinizi',
      'e-mail adresiniz',
      'mailiniz',
      'elektronik posta',
      'size ulaşabileceğimiz',
      'size ulaşmak',
      'iletişime geçebilmemiz',
    ],
    emailIs: [
      'e-postam',
      'epostam',
      'mailim',
      'maili̇m',
      'e-mail adresim',
      'mail adresim',
      'benim mailim',
      'benimki',
    ],
    closings: [
      'saygılarımla',
      'saygilarimla',
      'saygılar',
      'saygilar',
      'hürmetlerimle',
      'iyi çalışmalar',
      'iyi calismalar',
      'i̇yi çalışmalar',
      'teşekkürler',
      'tesekkurler',
      'teşekkür ederim',
      'tesekkur ederim',
      'çok teşekkürler',
      'şimdiden teşekkürler',
      'simdiden tesekkurler',
      'sağ olun',
      'sag olun',
      'sağolun',
      'tşk',
      'tsk',
      'tşkler',
      'iyi günler',
      'iyi gunler',
      'kolay gelsin',
      'sevgiler',
      'selamlar',
      'iyi akşamlar',
    ],
    at: ['et', 'at', 'et işareti', 'kuyruklu a'],
    dot: ['nokta'],
    corrections: [
      'pardon',
      'özür dilerim',
      'ozur dilerim',
      'kusura bakmayın',
      'kusura bakma',
      'yanlış',
      'yanlis',
      'yanlış yazdım',
      'yanlis yazdim',
      'düzeltme',
      'duzeltme',
      'düzeltiyorum',
      'hayır,',
      'hayir,',
      'yok,',
      'demek istedim',
      'kastettim',
      'doğrusu',
      'dogrusu',
      'aslında',
      'aslinda',
      'hata',
      'hatalı',
      'yerine',
    ],
    others: [
      'onun maili',
      'onun e-postası',
      'eşimin',
      'annemin',
      'babamın',
      'kardeşimin',
      'hediye',
      'iş arkadaşım',
      'is arkadasim',
      'iş arkadaşımın',
      'meslektaşım',
      'müdürüm',
      'mudurum',
      'patronum',
      'amirim',
      'yöneticim',
      'eşim',
      'esim',
      'eşimin',
      'karım',
      'kocam',
      'oğlum',
      'oglum',
      'kızım',
      'kizim',
      'annem',
      'annemin',
      'babam',
      'babamın',
      'kardeşim',
      'kardesim',
      'abim',
      'ablam',
      'arkadaşım',
      'arkadasim',
      'asistanım',
      'sekreterim',
      'sevgilim',
      'bilgi için',
      'cc',
      'yazdım',
      'mail attım',
      'kocamın',
      'karımın',
      'meslektaşımın',
      'patronumun',
      'oğlumun',
      'kızımın',
      'arkadaşımın',
    ],
    stale: [
      'eski',
      'eskisi',
      'artık',
      'artik',
      'artık kullanmıyorum',
      'kullanmıyorum',
      'kullanmiyorum',
      'geçersiz',
      'gecersiz',
      'yanlış',
      'yanlis',
      'önceki',
      'onceki',
      'güncel değil',
      'guncel degil',
      'aktif değil',
      'benim değil',
      'benim degil',
      'kapalı',
    ],
    negations: ['değil', 'degil', 'yerine'],
    mailFrom: ['kimden', 'gönderen', 'gonderen', 'yanıtla', 'yanıt adresi'],
    refusals: ['söylemek istemiyorum', 'gerek yok', 'neden', 'sonra'],
    uncertain: ['emin değilim', 'hatırlamıyorum', 'bilmiyorum'],
    confirmations: ['evet', 'doğru', 'aynen'],
    mailTo: ['kime', 'alıcı'],
    contrasts: ['ama', 'fakat'],
    titles: [
      'bay',
      'bayan',
      'sayın',
      'sayin',
      'dr',
      'doç',
      'doc',
      'doç. dr',
      'prof',
      'prof. dr',
      'op. dr',
      'uzm',
      'uzm. dr',
      'av',
      'avukat',
      'müh',
      'mühendis',
      'öğr. gör',
      'hanım',
      'hanim',
      'bey',
      'hoca',
      'hocam',
    ],
  },
  intake: {
    stem: stemmer,
    letters: 'ğışİ',
    generalStopwords: generalStopwords('tr'),
    stopwords: [
      ...`merhaba selam iyi günler teşekkürler teşekkür ederim lütfen evet hayır tamam istiyorum isterim
    rica ederim mi mı mu mü var yok mı misiniz mısınız musunuz bir bu şu o ben sen siz biz benim sizin
    nasıl ne zaman nerede neden kim hangi için ile de da ki ve veya ama çok daha sadece
    yaklaşık aşağı yukarı genellikle normalde tam belki
    yapmak etmek vermek almak gelmek gitmek görmek demek getirmek
    pardon özür hata adım ismim sayın`.split(/\s+/),
    ],
    shorthand: {
      slm: 'selam',
      tşk: 'teşekkürler',
      tsk: 'teşekkürler',
      mrb: 'merhaba',
      wifi: 'wifi',
      nbr: 'ne haber',
      tmm: 'tamam',
      tel: 'telefon',
      cmt: 'cumartesi',
      pzr: 'pazar',
      dk: 'dakika',
      hf: 'hafta',
      nrde: 'nerede',
      nsl: 'nasıl',
    },
    phrases: {
      opening: ['Merhaba! Ben {bot}. Size nasıl yardımcı olabilirim?'],
      intro: ['Merhaba, ben {bot}.'],
      introGreeted: ['Merhaba{, first}! Ben {bot}.'],
      greet: ['Merhaba{, first}!'],
      greetAgain: ['Tekrar merhaba{, first}!', 'Merhaba{, first}!'],
      welcome: ['Memnun oldum, {first}!', 'Teşekkürler, {first}!'],
      readBack: [
        'Teşekkürler – ekibimiz {email} adresine yanıt verecek.',
        'Not aldım – ekibimiz {email} adresine yazacak.',
      ],
      declined: ['Sorun değil.', 'Olur.'],
      thanked: ['Rica ederim{, first}!', 'Yardımcı olabildiysem ne mutlu{, first}!'],
      thankedEarly: ['Rica ederim{, first}!'],
      confirmed: ['Harika{, first}.', 'Teşekkürler{, first}.'],
      answerLead: ['', 'Size şunu söyleyebilirim:'],
      problemLead: ['Size şunu söyleyebilirim:', 'Bu yardımcı olabilir:'],
      onlyIn: ['Bu bilgi bende yalnızca {language} olarak var:', 'Bu yalnızca {language} olarak mevcut:'],
      sameAnswer: [
        'Yukarıdaki yanıtım bunu da kapsıyor.',
        'Bu yukarıdaki yanıtımda var – bildiğim bu kadar.',
      ],
      unknown: [
        'Üzgünüm, bunun cevabını bilmiyorum ve tahmin yürütmek istemem.',
        'Maalesef bu bilgiye sahip değilim ve tahmin etmek istemiyorum.',
      ],
      offerAfterAnswer: [
        'Bu sorunu çözmezse ekibimizden biri yardımcı olabilir.',
        'Daha fazlasına ihtiyacınız olursa ekibimizden biri devralabilir.',
      ],
      offerStatement: [
        'Ama ekibimizden biri bu konuda yardımcı olabilir.',
        'Ekibimizden bir kişi bununla ilgilenebilir.',
      ],
      offerQuestion: [
        'Talebinizi ekibimizden birine ileteyim mi?',
        'Sizi ekibimizden biriyle görüştüreyim mi?',
      ],
      handoverAsked: [
        'Elbette{, first} – talebinizi şimdi ekibimize iletiyorum.',
        'Tabii{, first}. Sizi ekibimizden biriyle görüştürüyorum.',
      ],
      handoverFrustrated: [
        'Yaşadığınız sıkıntı için üzgünüm{, first}. Talebinizi ekibimizden birine iletiyorum.',
      ],
      handoverStuck: [
        'Bunu da maalesef bilmiyorum{, first}. Bir kişinin yardımcı olması için ekibimize iletiyorum.',
      ],
      handoverAccepted: [
        'Harika{, first} – şimdi ekibimize iletiyorum.',
        'Tamamdır{, first} – ekibimizden biri devralacak.',
      ],
      handoverUrgent: [
        'Bu acil görünüyor{, first}. Biri tehlikedeyse lütfen hemen 112’yi arayın. Ekibimizden birini haberdar ediyorum.',
      ],
      handoverDispute: ['Anlıyorum{, first}. Buna ekibimizden birinin bakması gerekiyor, şimdi iletiyorum.'],
      alreadyHanded: ['Bunu konuyu devralan ekip arkadaşımız için ekledim{, first}.'],
      askEmailFirst: [
        'Size hangi e-posta adresinden ulaşabilirler?',
        'Size dönebilmeleri için e-posta adresiniz nedir?',
      ],
      theyReply: ['Yanıt {email} adresine gelecek.', 'Size {email} adresinden dönecekler.'],
      tellMore: ['İsterseniz konuyu kısaca anlatın, böylece daha hızlı ilerler.'],
      goOn: ['Elbette – konu nedir?', 'Tabii. Ne oldu?'],
      goOnQuestion: ['Elbette – sorunuz nedir?'],
      askName: ['Ekibimiz kiminle görüştüğünü bilsin diye adınızı öğrenebilir miyim?', 'Adınız nedir?'],
      askEmail: [
        'Ekibimiz size hangi e-posta adresinden ulaşabilir?',
        'Ekibimizin size yazması gerekirse e-posta adresiniz nedir?',
      ],
      afterAnswer: ['Bu sorunuzu yanıtlıyor mu?', 'Bu işinize yaradı mı?'],
      anythingElse: ['Başka bir konuda yardımcı olabilir miyim?', 'Başka bir şey var mı?'],
      teamWillFollow: [
        'Ekibimizden biri yakında sizinle iletişime geçecek.',
        'Ekibimiz kısa süre içinde ilgilenecek.',
      ],
      goodbye: ['İyi günler!', 'Hoşça kalın!'],
      howCanIHelp: ['Size nasıl yardımcı olabilirim?', 'Nasıl yardımcı olabilirim?'],
    },
    smallTalk: {
      greeting: ['merhaba', 'selam', 'selamlar', 'iyi günler', 'günaydın', 'iyi akşamlar'],
      closing: [
        'teşekkürler|teşekkür|ederim|çok|sağ|olun|tamam|süper|harika|iyi|günler|akşamlar|hoşça|kalın|görüşürüz|bu|kadar|yok|hayır',
      ],
      closingCue: ['teşekkür|teşekkürler|sağ olun|hoşça kalın|görüşürüz|bu kadar'],
      yes: ['evet|tamam|olur|doğru|aynen|kesinlikle|lütfen|teşekkürler'],
      yesCue: ['evet|tamam|olur|doğru|aynen|kesinlikle'],
      decline: ['vermek istemiyorum|tercih etmem|hayır teşekkürler|neden lazım'],
      no: ['hayır|yok'],
      vague: ['yardım|soru|sorum|sorun|problem|acil|bir şey|biri'],
      followUp: ['peki', 've', 'ya', 'bir de', 'aynı şekilde'],
      question: ['nasıl|ne|neden|nerede|ne zaman|kim|hangi|kaç|mı|mi|mu|mü|var mı'],
      emailWord: ['e-?posta|e-?mail'],
      nameWord: ['ad|adım|isim|ismim'],
    },
    handover: {
      person: [
        '(?:biriyle|birisiyle|yetkiliyle|görevliyle|insanla|temsilciyle|müdürle|\\p{L}+yle|\\p{L}+yla) (?:konuşmak|görüşmek)',
        'konuşmak istiyorum',
        'görüşmek istiyorum',
        'beni (?:arayın|arar mısınız)|geri arayın',
        'bağlayın|bağlar mısınız',
        'gerçek bir (?:insan|kişi)',
        '(?:görüşmem|konuşmam) (?:gerekiyor|lazım)',
        'kiminle (?:görüşmeliyim|konuşmalıyım|görüşebilirim|konuşabilirim)',
        'birini (?:gönderin|yollayın)',
        '(?:yöneticiniz|sorumlu kişi|işletme sahibi|patron)\\p{L}*',
        'beni ara\\p{L}*',
        'geri ara\\p{L}*',
        '(?:biriyle|birisiyle|yetkiliyle|görevliyle|insanla|temsilciyle|müdürle) (?:konuşabilir|görüşebilir)',
      ],
      notPerson: ['(?:insana|yetkiliye) gerek yok'],
      dispute: [
        '(?:iki kez|fazla|yanlış) (?:ücret|para) (?:aldınız|kesildi)',
        'ödemeyeceğim|ödemem',
        'paramı geri|para iadesi istiyorum|iade istiyorum',
        'faturamda (?:yanlışlık|hata)|faturada (?:yanlışlık|hata)|yanlış fatura|fazla (?:ücret|para) (?:aldınız|kesildi)|bunu kim ödeyecek',
        '(?:talebim|başvurum|hasar talebim|iade talebim) (?:reddedildi|kabul edilmedi)|reddettiniz',
        'itiraz ediyorum|itiraz etmek istiyorum',
        '(?:hala|hâlâ) (?:iade|para) (?:gelmedi|alamadım)',
        'iptal etmeme rağmen|(?:hala|hâlâ) (?:para|ücret) (?:çekiyorsunuz|alıyorsunuz)',
        'sipariş etmedim|onay vermedim',
        'kaybettiniz|bozdunuz|hasar verdiniz|çizdiniz',
        'haksızlık',
        'görmezden geliyorsunuz',
      ],
      legal: [
        'avukat',
        'mahkeme|dava',
        'tüketici hakem',
        'şikayet edeceğim',
        'polis',
        'erişim hakkı|yanıltıcı|hukuki (?:işlem|yardım)|yasal işlem',
        'şikayet (?:etmek istiyorum|edeceğim|dilekçesi)|resmi şikayet',
        'kötü yorum|olumsuz yorum',
        'şikayetçiyim|şikayet ediyorum',
      ],
      frustration: [
        'işe yaramaz',
        'saçma',
        'rezalet',
        'kabul edilemez',
        'yardımcı olmuyor',
        'bunu sormadım',
        'bıktım',
        'hırsız\\p{L}*|dolandırıcı\\p{L}*|kaba davran\\p{L}*|saygısız\\p{L}*',
        'çok (?:sinirliyim|kızgınım|öfkeliyim)|rezillik|berbat hizmet',
        'hayal kırıklığı|memnun değilim',
        'beni anlamıyorsun\\p{L}*',
      ],
      repeated: [
        '(?:ikinci|üçüncü|dördüncü) kez',
        'kimse cevap vermiyor',
        'hâlâ cevap yok|hala cevap yok',
        'zaten (?:sordum|yazdım)',
        '(?:\\d+|iki|üç|dört|beş|birkaç) (?:gündür|haftadır|aydır) (?:bekliyorum|bekliyoruz)',
        '(?:hala|hâlâ) (?:çözülmedi|düzelmedi|tamir edilmedi)',
        '(?:sorumu|soruma) (?:cevaplamadınız|cevaplamadın|yanıtlamadınız|cevap vermediniz|cevap değil|cevap vermiyorsunuz)|yanlış cevap|aynı cevap',
      ],
      urgent: [
        'acil durum',
        'dayanılmaz ağrı|çok şiddetli ağrı',
        'kanama durmuyor',
        'bayıldı|bilinci kapalı|nefes almıyor|tepki vermiyor',
        'yuttu|boğuluyor',
        'yangın|duman',
        'gaz kokusu|gaz kaçağı',
        'ambulans',
        'alerjik reaksiyon',
        'nefes almakta zorlan\\p{L}*|nefes alamıyor\\p{L}*',
        'şişti|şişmiş|şişlik',
        '(?:içti|yuttu|içmiş|yutmuş)|zehirlen\\p{L}*',
        'baş dönmesi|başı dönüyor',
        'yanık kokusu|kıvılcım',
        'açık kablo\\p{L}*',
        'su bastı|sızıntı',
        'dışarıda kaldım',
        'acil bir durum|araba çarptı|düştüm',
        '(?:kolu|bacağı|kolum|bacağım|bileği) kırıldı|hastanedeyim|hastaneye kaldırıldı|acil servis',
        'çok kan|kan kusuyor|kanaması var',
        'fren\\p{L}* (?:tutmadı|patladı|boşaldı)|(?:yürüyemiyor|ayağa kalkamıyor)',
        'hacklendi|yetkisiz erişim|veri sızıntısı|tüm (?:verilerim|dosyalarım|projelerim) (?:silindi|kayboldu)',
        'kafasını çarptı|kafamı çarptım|göğüs ağrısı|felç geçir\\p{L}*|kalp krizi',
        '(?:köpeğim|kedim|köpek|kedi) [^.!?]{0,25}(?:yedi|yuttu)|zehir\\p{L}*',
        '(?:çocuğum|oğlum|kızım) kayboldu|merdivenden düştü|tehdit ed\\p{L}*|saldırıya uğra\\p{L}*|elimi yaktım|haşlandı',
      ],
    },
    concepts: `
open: açık, açıksınız, açılış, açılış saatleri
close: kapalı, kapanış
hours: saatler, çalışma saatleri, açılış saatleri
monday: pazartesi
tuesday: salı
wednesday: çarşamba
thursday: perşembe
friday: cuma
saturday: cumartesi
sunday: pazar
weekend: hafta sonu
weekend: cumartesi, pazar
holiday: tatil, bayram, resmi tatil
today: bugün, bu akşam
tomorrow: yarın
evening: akşam, akşamları
morning: sabah, sabahları
duration: ne kadar sürer, ne kadar zaman, süre, sürüyor
time: saat kaçta, saat
week: hafta, haftalık
month: ay, aylar, aylık
year: yıl, yıllık, yaş
day: gün, günler
minute: dakika
price: fiyat, fiyatı, fiyatlar, ücret, ücreti, ücretler, ne kadar, kaç para, tutuyor, tutar, maliyet, pahalı, ucuz
free: ücretsiz, bedava
pay: ödemek, ödeme
creditcard: kredi kartı, kart, banka kartı
cash: nakit
transfer: havale, banka havalesi
installment: taksit, taksitle, finansman
invoice: fatura, makbuz
refund: iade, para iadesi, geri ödeme
discount: indirim, indirimli
insurance: sigorta, sigortalı
claim: hasar bildirimi, talep
cover: karşılıyor, kapsıyor, teminat
subscription: abonelik, üyelik, plan
member: üye, üyelik
cancel: iptal, iptal etmek
change: değiştirmek, değişiklik, ertelemek
move: taşınmak, taşınma
appointment: randevu, muayene, seans
appointment: randevu almak
reserve: rezervasyon, ayırtmak, bekleme listesi
account: hesap, hesabım, profil
login: giriş, giriş yapmak
password: şifre, parola
forgot: unuttum, unutmak, sıfırlamak
register: kayıt, kaydolmak, üye olmak
email: e-posta, eposta, email
phone: telefon, aramak, numara
address: adres, neredesiniz, konum, nasıl gelirim
parking: park, otopark, araba
transport: otobüs, metro, tramvay, tren, istasyon, durak, toplu taşıma
bike: bisiklet, bisikletler
access: tekerlekli sandalye, erişilebilir, engelli, rampa, merdiven
lift: asansör
toilet: tuvalet, wc
child: çocuk, çocuklar, çocuğum, oğlum, kızım, bebek
teen: genç, gençler, ergen
parent: ebeveyn, anne, baba, veli
adult: yetişkin, yetişkinler
age: yaş, yaşında
student: öğrenci, öğrenciler
senior: emekli, yaşlı
family: aile
new: yeni
customer: müşteri, hasta, hastalar
staff: personel, çalışan, görevli
person: insan, kişi, biri
language: dil, diller, konuşuyor, konuşan
english: ingilizce
german: almanca
french: fransızca
spanish: ispanyolca
italian: italyanca
portuguese: portekizce
dutch: felemenkçe, hollandaca
polish: lehçe
turkish: türkçe
online: online, çevrimiçi, internet, web sitesi
app: uygulama
download: indirmek
install: kurmak, yüklemek
device: cihaz, tablet, telefon
computer: bilgisayar, dizüstü, laptop
wifi: wifi, kablosuz internet
print: yazdırmak, çıktı, yazıcı
copy: kopya, fotokopi
scan: taramak, tarayıcı
ebook: e-kitap, sesli kitap
borrow: ödünç, ödünç almak, kiralamak, kiralama
return: iade etmek, geri vermek, teslim etmek
late: gecikme, geç
lost: kaybettim, kayıp, çalındı
damage: hasarlı, bozuk, kırık, yırtık, leke, hasar
repair: tamir, onarım
service: bakım, servis
replace: değiştirmek, değişim
deliver: teslimat, kargo, gönderim, paket
order: sipariş, satın almak
track: takip
stock: stok, mevcut
size: beden, boyut
colour: renk, renkli
warranty: garanti
trial: deneme, deneme süresi
test: sınav, test
certificate: sertifika, diploma
level: seviye, başlangıç
lesson: ders, dersler, kurs, sınıf
teacher: öğretmen, eğitmen
team: ekip, şirket
group: grup
user: kullanıcı, lisans
privacy: kişisel veriler, veri, gizlilik, kvkk
delete: silmek
complaint: şikayet, öneri
contact: iletişim
emergency: acil
pain: ağrı, acı, ağrıyor
tooth: diş, dişler
doctor: doktor, diş hekimi, dişçi, veteriner
nervous: korku, korkuyorum, endişe, kaygı
sedation: anestezi, uyuşturma, sedasyon
pregnant: hamile, hamilelik, emzirme
pet: evcil hayvan, hayvan
dog: köpek
cat: kedi
vaccine: aşı
illness: hastalık, hasta
treatment: tedavi
surgery: ameliyat
medicine: ilaç, reçete
accident: kaza, yaralanma
food: yemek
drink: içecek, kahve
gift: hediye, hediye çeki
donate: bağış, bağışlamak
event: etkinlik, atölye, parti, doğum günü
tour: tur, rehberli tur
room: oda, salon
document: belge, form
id: kimlik, pasaport
record: kayıtlar, dosya, geçmiş
result: sonuç, sonuçlar
notification: bildirim, hatırlatma
error: hata, çalışmıyor
country: yurt dışı, ülke
travel: seyahat
battery: batarya, pil, şarj
tyre: lastik
brake: fren
renew: uzatmak, uzatma, yenilemek, yenileme
card: kart, kartı, kartım, üye kartı
library: kütüphane, kütüphanesi
near: en yakın, yakın, yakında
black: siyah, siyah beyaz
white: beyaz, siyah beyaz
accept: kabul, kabul ediyor, alıyor musunuz
book: kitap, kitaplar, roman
notice: önceden, önceden haber
weather: hava, yağmur, bulutlu, bulut, güneşli, kış
install: kurulum, montaj, kurulumu, kurulumcu
power: elektrik, enerji, elektrik kesintisi
product: ürün, ürünler
sell: satmak, satıyor, satıyorsunuz
price: ucuz, en ucuz, uygun fiyatlı
expire: son kullanma, geçerli, geçerlilik
birthday: doğum günü
loyalty: puan, puanlar, sadakat, ödül
staff: taşeron, teknisyen, elektrikçi, çalışan
contract: sözleşme, imzaladım, imzalamak, cayma
collect: teslim almak, gelip almak
home: ev, daire
cable: kablo, ethernet, usb, hdmi
screen: ekran, monitör, projektör
advice: tavsiye, danışmanlık, öneri
guest: misafir, ziyaretçi
quiet: sessiz, gürültü, rahatsız
clean: temizlemek, temizlik, yıkamak
mistake: hata, yanlış
desk: masa, çalışma masası
calendar: takvim
`,
  },
};
