import type { Gender } from '@kinerja/domain';
import type { Random } from './random.js';

// Names as North Sumatra's civil servants carry them: Batak family names (marga), Malay, Javanese and Muslim
// given names.
// biome-ignore format: word lists
const MALE = [
  'Ahmad', 'Muhammad', 'Rizky', 'Fauzi', 'Budi', 'Hendra', 'Andi', 'Dedi', 'Agus', 'Rudi', 'Joko', 'Bambang', 'Indra',
  'Fajar', 'Arif', 'Dian', 'Eko', 'Hasan', 'Ilham', 'Irwan', 'Syahrial', 'Zulkifli', 'Ramadhan', 'Taufik', 'Yusuf',
  'Bonar', 'Togar', 'Parlindungan', 'Marihot', 'Hotma', 'Sahat', 'Juliper', 'Ronald', 'Benny', 'Daniel', 'Samuel',
  'Erwin', 'Azhar', 'Khairul', 'Nasrul', 'Syaiful', 'Ridwan', 'Amri', 'Fikri', 'Hafiz', 'Imam', 'Lukman', 'Mahmud',
  'Rahmat', 'Sofyan', 'Wahyu', 'Yudi', 'Zainal', 'Darwin', 'Henri', 'Johan', 'Martin', 'Robert', 'Sutrisno', 'Slamet',
];
// biome-ignore format: word lists
const FEMALE = [
  'Siti', 'Nur', 'Sri', 'Dewi', 'Fitri', 'Rina', 'Yanti', 'Rahmawati', 'Nurhayati', 'Aminah', 'Aisyah', 'Fatimah',
  'Lestari', 'Wahyuni', 'Hotmaida', 'Rosmawati', 'Tiurma', 'Lisbet', 'Mariani', 'Rosdiana', 'Erna', 'Elvi', 'Juliana',
  'Kartika', 'Maya', 'Nadia', 'Putri', 'Ratna', 'Sari', 'Yuliana', 'Zahra', 'Indah', 'Mutiara', 'Anggraini', 'Herlina',
  'Irma', 'Linda', 'Melati', 'Novita', 'Purnama', 'Rini', 'Susanti', 'Tuti', 'Wulan', 'Yusnita', 'Nurul', 'Syarifah',
  'Halimah', 'Khadijah', 'Maimunah', 'Rosita', 'Dame', 'Friska', 'Debora', 'Elisabet', 'Veronika', 'Rut', 'Esther',
];
// biome-ignore format: word lists
const SECOND = [
  'Saputra', 'Pratama', 'Hidayat', 'Syahputra', 'Kurniawan', 'Setiawan', 'Gunawan', 'Santoso', 'Wibowo', 'Susanto',
  'Hakim', 'Rahman', 'Fadli', 'Ramadhani', 'Maulana', 'Hasibuan', 'Utami', 'Handayani', 'Permata', 'Anggraeni',
];
// biome-ignore format: word lists
const MARGA = [
  'Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Sitompul', 'Hutagalung', 'Sinaga', 'Damanik', 'Saragih',
  'Purba', 'Tarigan', 'Ginting', 'Sembiring', 'Pardede', 'Manurung', 'Situmorang', 'Simatupang', 'Panjaitan',
  'Sihombing', 'Pohan', 'Daulay', 'Hasibuan', 'Rangkuti', 'Batubara', 'Matondang', 'Ritonga', 'Pulungan', 'Marpaung',
  'Napitupulu', 'Silalahi', 'Sirait', 'Tambunan', 'Pane', 'Tanjung', 'Hutapea', 'Gultom', 'Sinurat', 'Sipayung',
];

/** A plausible Indonesian name for the gender, with an optional academic title added by the caller. */
export const personName = (random: Random, gender: Gender): string => {
  const given = random.pick(gender === 'MALE' ? MALE : FEMALE);
  const style = random.next();
  if (style < 0.45) return `${given} ${random.pick(MARGA)}`;
  const other = () => {
    const list = gender === 'MALE' ? MALE : FEMALE;
    const second = random.pick(list);
    return second === given ? random.pick(SECOND) : second;
  };
  if (style < 0.7) return `${given} ${other()} ${random.pick(MARGA)}`;
  if (style < 0.9) return `${given} ${random.pick(SECOND)}`;
  return `${given} ${other()}`;
};
