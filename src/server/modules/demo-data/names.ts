/**
 * Synthetic person names for the nationalities most often met among migrant workers in Finland, plus
 * Finnish (Finnish- and Swedish-speaking). Given and family names are common ones, combined at random,
 * so a generated person is nobody in particular. Each profile lists the languages its people typically
 * speak (ISO 639-1, or ISO 639-3 where 639-1 has none: 'fil' Filipino, 'ckb' Central Kurdish,
 * 'kmr' Northern Kurdish), so that a later feature can infer interpretation needs. The lists are
 * illustrative, not statistics.
 */
import type { Random } from './random.ts';

export interface NationalityProfile {
  /** Profile key; 'FI-sv' is a Swedish-speaking Finn, every other key equals the nationality. */
  readonly key: string;
  /** ISO 3166-1 alpha-2. */
  readonly nationality: string;
  /** Languages everybody in the profile speaks, main language first. */
  readonly languages: readonly string[];
  /** Languages some speak as well (each added with a probability when a person is generated). */
  readonly optionalLanguages: readonly string[];
  /** Citizen of an EU/EEA state: free movement, no work permit. */
  readonly eu: boolean;
  readonly givenNames: { readonly male: readonly string[]; readonly female: readonly string[] };
  /** Family names; `female` is aligned with `male` where the language inflects them by gender. */
  readonly familyNames: { readonly male: readonly string[]; readonly female: readonly string[] };
  /** Words an owner of this nationality might use in a restaurant or salon name. */
  readonly businessWords: readonly string[];
}

const list = (text: string): readonly string[] => text.split(', ');

function profile(
  key: string,
  languages: string,
  optionalLanguages: string,
  eu: boolean,
  names: { male: string; female: string; family: string; familyFemale?: string; business: string },
): NationalityProfile {
  const family = list(names.family);
  return {
    key,
    nationality: key.slice(0, 2),
    languages: list(languages),
    optionalLanguages: optionalLanguages ? list(optionalLanguages) : [],
    eu,
    givenNames: { male: list(names.male), female: list(names.female) },
    familyNames: { male: family, female: names.familyFemale ? list(names.familyFemale) : family },
    businessWords: list(names.business),
  };
}

/** All profiles, keyed by {@link NationalityProfile.key}. */
export const NATIONALITY_PROFILES: readonly NationalityProfile[] = [
  profile('FI', 'fi', 'en', true, {
    male: 'Matti, Mikko, Juha, Jari, Timo, Antti, Janne, Sami, Ville, Eero, Tuomas, Lauri, Pekka, Joni',
    female: 'Aino, Anna, Maria, Liisa, Tiina, Sanna, Laura, Emilia, Heidi, Katja, Minna, Elina, Noora',
    family:
      'Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, ' +
      'Koskinen, Järvinen, Lehtonen, Salminen, Heinonen, Niemi, Turunen',
    business: 'Aalto, Kaski, Tähti, Kotimaa, Kivi',
  }),
  profile('FI-sv', 'sv, fi', 'en', true, {
    male: 'Johan, Erik, Anders, Mikael, Henrik, Fredrik, Jonas, Stefan, Kristian',
    female: 'Karin, Linnea, Ida, Sofia, Emma, Johanna, Camilla, Annika, Malin',
    family: 'Lindholm, Björklund, Sandberg, Holmström, Nyman, Forsman, Eklund, Granholm, Sjöberg, Åkerlund',
    business: 'Strand, Skär, Holm, Ek',
  }),
  profile('EE', 'et', 'ru, fi, en', true, {
    male: 'Andres, Jaan, Margus, Priit, Rein, Toomas, Tõnu, Urmas, Kristjan, Indrek',
    female: 'Kadri, Kristiina, Liis, Maarja, Piret, Tiina, Triin, Kertu, Merike',
    family: 'Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Oja',
    business: 'Balti, Tallinna, Viru, Saare',
  }),
  profile('LV', 'lv', 'ru, en', true, {
    male: 'Jānis, Andris, Māris, Edgars, Artūrs, Kristaps, Roberts',
    female: 'Ilze, Inese, Kristīne, Anna, Līga, Laura, Dace',
    family: 'Bērziņš, Kalniņš, Ozoliņš, Jansons, Liepiņš, Krūmiņš, Balodis, Ozols',
    familyFemale: 'Bērziņa, Kalniņa, Ozoliņa, Jansone, Liepiņa, Krūmiņa, Balode, Ozola',
    business: 'Rīga, Daugava, Baltic',
  }),
  profile('LT', 'lt', 'ru, en', true, {
    male: 'Tomas, Mantas, Darius, Andrius, Jonas, Paulius, Vytautas',
    female: 'Rūta, Agnė, Justina, Eglė, Laura, Greta, Inga',
    family: 'Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas',
    familyFemale:
      'Kazlauskienė, Jankauskienė, Petrauskienė, Stankevičienė, Vasiliauskienė, ' +
      'Žukauskienė, Butkienė, Paulauskienė',
    business: 'Vilnius, Nemunas, Baltic',
  }),
  profile('PL', 'pl', 'en', true, {
    male: 'Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Grzegorz, Jakub, Łukasz',
    female: 'Anna, Katarzyna, Małgorzata, Agnieszka, Magdalena, Joanna, Ewa',
    family:
      'Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak',
    familyFemale:
      'Nowak, Kowalska, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowska, Zielińska, Szymańska, Woźniak',
    business: 'Polonia, Wisła, Mazur',
  }),
  profile('RO', 'ro', 'en', true, {
    male: 'Andrei, Alexandru, Ionuț, Mihai, Florin, Cristian, Gabriel, Marian',
    female: 'Elena, Ioana, Maria, Andreea, Mihaela, Alina, Cristina',
    family: 'Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu',
    business: 'Carpați, Dunărea',
  }),
  profile('UA', 'uk', 'ru, en', false, {
    male: 'Oleksandr, Andrii, Serhii, Dmytro, Mykola, Vasyl, Yurii, Ivan, Bohdan, Taras',
    female: 'Olena, Tetiana, Nataliia, Iryna, Oksana, Yuliia, Svitlana, Maryna, Halyna',
    family:
      'Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Oliinyk, ' +
      'Lysenko, Moroz, Savchenko, Rudenko',
    business: 'Kyiv, Dnipro, Karpaty',
  }),
  profile('RU', 'ru', 'en', false, {
    male: 'Aleksandr, Sergei, Dmitri, Andrei, Aleksei, Ivan, Mikhail, Nikolai, Pavel',
    female: 'Olga, Elena, Tatiana, Natalia, Irina, Svetlana, Anna, Ekaterina, Marina',
    family:
      'Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov, Novikov, ' +
      'Fedorov, Morozov, Volkov',
    familyFemale:
      'Ivanova, Smirnova, Kuznetsova, Popova, Vasilieva, Petrova, Sokolova, Mikhailova, ' +
      'Novikova, Fedorova, Morozova, Volkova',
    business: 'Neva, Volga, Ladoga',
  }),
  profile('UZ', 'uz', 'ru', false, {
    male: 'Alisher, Bekzod, Jasur, Sardor, Rustam, Otabek, Dilshod, Shahzod, Sanjar',
    female: 'Dilnoza, Gulnora, Malika, Nodira, Zarina, Madina, Shahnoza',
    family:
      'Karimov, Rakhimov, Yusupov, Tursunov, Abdullayev, Ismoilov, Nazarov, Sharipov, Ergashev, Qodirov',
    familyFemale:
      'Karimova, Rakhimova, Yusupova, Tursunova, Abdullayeva, Ismoilova, Nazarova, ' +
      'Sharipova, Ergasheva, Qodirova',
    business: 'Samarkand, Buxoro, Registon',
  }),
  profile('TR', 'tr', 'kmr, en', false, {
    male: 'Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak',
    female: 'Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve',
    family: 'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan',
    business: 'Anatolia, Bosporus, Istanbul, Kebab House',
  }),
  profile('IQ', 'ar', 'ckb, en', false, {
    male: 'Ahmed, Ali, Hussein, Mohammed, Mustafa, Omar, Haider, Karrar, Yasir',
    female: 'Zainab, Fatima, Maryam, Noor, Huda, Sara, Rusul',
    family:
      'Al-Saadi, Al-Jaburi, Al-Obaidi, Al-Tamimi, Al-Dulaimi, Hassan, Abbas, Kadhim, Jasim, Hamid, Salman',
    business: 'Babylon, Tigris, Baghdad, Falafel',
  }),
  profile('SO', 'so', 'ar, en', false, {
    male: 'Abdi, Ahmed, Mohamed, Hassan, Abdirahman, Abdullahi, Yusuf, Ali, Mahad',
    female: 'Faadumo, Hodan, Amina, Khadra, Sahra, Hawa, Ifrah, Ayaan',
    family: 'Warsame, Farah, Hussein, Jama, Abdi, Osman, Yusuf, Mohamud, Aden, Hirsi, Ismail, Nur',
    business: 'Mogadishu, Juba, Hiiraan',
  }),
  profile('IN', 'hi', 'en, pa, ml, ta, te', false, {
    male: 'Rahul, Amit, Suresh, Rajesh, Vijay, Arjun, Manpreet, Gurpreet, Sandeep, Anil',
    female: 'Priya, Sunita, Anjali, Deepa, Kavita, Neha, Pooja, Lakshmi',
    family: 'Sharma, Singh, Kumar, Patel, Gupta, Reddy, Nair, Das, Joshi, Yadav, Menon, Pillai',
    business: 'Taj, Masala, Bombay, Spice Garden, Tandoori',
  }),
  profile('NP', 'ne', 'hi, en', false, {
    male: 'Ram, Hari, Krishna, Bikash, Sanjay, Prakash, Suman, Dipendra, Ramesh',
    female: 'Sita, Gita, Sarita, Anita, Sunita, Pooja, Kamala, Sabina',
    family: 'Shrestha, Gurung, Tamang, Rai, Magar, Thapa, Adhikari, Karki, Khadka, Bhandari, Poudel, Limbu',
    business: 'Himalaya, Everest, Kathmandu, Annapurna, Gurkha, Momo',
  }),
  profile('BD', 'bn', 'en', false, {
    male: 'Mohammad, Abdul, Rahim, Karim, Hasan, Rafiq, Shahidul, Jamal, Tanvir',
    female: 'Fatema, Nasrin, Taslima, Ayesha, Sumaiya, Nusrat, Shirin',
    family: 'Rahman, Hossain, Islam, Ahmed, Uddin, Chowdhury, Miah, Sarker, Khan, Alam',
    business: 'Bengal, Dhaka, Padma, Curry House',
  }),
  profile('VN', 'vi', 'en', false, {
    male: 'Văn Hùng, Văn Nam, Minh Tuấn, Quang Huy, Đức Minh, Văn Dũng, Thanh Tùng, Hoàng Long',
    female: 'Thị Lan, Thị Hương, Ngọc Anh, Thị Thảo, Thị Hạnh, Thanh Hà, Thu Trang, Thị Mai',
    family: 'Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ',
    business: 'Saigon, Hanoi, Lotus, Pho, Mekong, Nails',
  }),
  profile('TH', 'th', 'en', false, {
    male: 'Somchai, Somsak, Sombat, Prasert, Anan, Chaiwat, Kittisak, Niran, Surachai',
    female: 'Malee, Suda, Siriporn, Pranee, Wanida, Kanya, Ratana, Nittaya',
    family: 'Saetang, Srisuk, Wongsawat, Chaiyaporn, Phromma, Boonmee, Thongdee, Kaewkla, Sukjai, Charoensuk',
    business: 'Siam, Bangkok, Orchid, Thai Massage, Chiang Mai',
  }),
  profile('PH', 'fil', 'en', false, {
    male: 'Jose, Juan, Mark, John Paul, Jericho, Rodel, Ramon, Arnel',
    female: 'Maria, Mary Grace, Jocelyn, Rowena, Analyn, Cristina, Marites, Lorna',
    family:
      'Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Aquino, Villanueva, ' +
      'Dela Cruz, Castillo, Torres',
    business: 'Manila, Luzon, Sampaguita',
  }),
  profile('CN', 'zh', 'en', false, {
    male: 'Wei, Lei, Yong, Jun, Qiang, Xiaoming, Hao, Bo',
    female: 'Fang, Jing, Li, Min, Hui, Yan, Ling, Hong',
    family: 'Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun',
    business: 'Golden Dragon, Jade, Panda, Great Wall, Lucky',
  }),
];

const BY_KEY = new Map(NATIONALITY_PROFILES.map((entry) => [entry.key, entry]));

/** The profile for a key such as 'VN' or 'FI-sv'. Throws on an unknown key: that is a programming error. */
export function nationalityProfile(key: string): NationalityProfile {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`unknown nationality profile: ${key}`);
  return found;
}

/** A synthetic person name of a profile; `maleShare` is the probability of a male name. */
export function personName(
  random: Random,
  nationality: NationalityProfile,
  maleShare = 0.5,
): { givenName: string; familyName: string } {
  const male = random.chance(maleShare);
  const given = male ? nationality.givenNames.male : nationality.givenNames.female;
  const family = male ? nationality.familyNames.male : nationality.familyNames.female;
  return { givenName: random.pick(given), familyName: random.pick(family) };
}

/** Languages of one person: the profile's own, plus each optional one with probability 0.3. */
export function personLanguages(random: Random, nationality: NationalityProfile): string[] {
  const languages = [...nationality.languages];
  for (const language of nationality.optionalLanguages) {
    if (random.chance(0.3) && !languages.includes(language)) languages.push(language);
  }
  return languages;
}
