/**
 * Sectors a notice can concern and a worker can name in the "tell the authorities" form: the sectors
 * FACTS.md §7.1 names as high-risk for labour exploitation in Finland (agriculture and greenhouses,
 * wild berry picking, construction, cleaning, restaurants, beauty and wellness, car washes and repair,
 * industry) plus transport (an OSH grey-economy task, §7.1). Stable keys; their texts are interface
 * strings (`sector_<key>` in the worker app, `workerContent.sector.<key>` in the officials' app).
 */
export const SECTORS = [
  'agriculture',
  'berry-picking',
  'construction',
  'cleaning',
  'restaurants',
  'beauty',
  'car-services',
  'manufacturing',
  'transport',
  'other',
] as const;

export type Sector = (typeof SECTORS)[number];
