-- The Mumbai Metropolitan Region's towns and localities for commute times (issue #21): Kalyan-
-- Dombivli, Ulhasnagar, Ambernath, Badlapur, Bhiwandi, Mira-Bhayandar, Vasai-Virar, Panvel, and
-- Mumbai's terminals and western suburbs. The same rows as src/shared/reference/localities.json
-- (points from GeoNames and pincode-lat-long via scripts/extract-localities.ts; SOURCES.md). A
-- database migrated before they were added gets them here; on a fresh one 0002 loaded the whole
-- file already, and ON CONFLICT leaves its rows as they are.

INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('kalyan-dombivli', 'Kalyan-Dombivli', 'कल्याण-डोंबिवली', 'कल्याण-डोंबिवली', 19.2437, 73.13554, ARRAY['kdmc']::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('ulhasnagar', 'Ulhasnagar', 'उल्हासनगर', 'उल्हासनगर', 19.21667, 73.15, ARRAY[]::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('ambernath', 'Ambernath', 'अंबरनाथ', 'अंबरनाथ', 19.2, 73.16667, ARRAY['ambarnath']::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('badlapur', 'Badlapur', 'बदलापुर', 'बदलापूर', 19.15516, 73.26553, ARRAY['kulgaon-badlapur']::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('bhiwandi', 'Bhiwandi', 'भिवंडी', 'भिवंडी', 19.30023, 73.05881, ARRAY[]::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('mira-bhayandar', 'Mira-Bhayandar', 'मीरा-भायंदर', 'मीरा-भाईंदर', 19.30157, 72.85107, ARRAY['mira bhayander', 'bhayander']::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('vasai-virar', 'Vasai-Virar', 'वसई-विरार', 'वसई-विरार', 19.45591, 72.81136, ARRAY[]::text[]) ON CONFLICT (slug) DO NOTHING;
INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES
  ('panvel', 'Panvel', 'पनवेल', 'पनवेल', 18.98878, 73.11013, ARRAY[]::text[]) ON CONFLICT (slug) DO NOTHING;

INSERT INTO localities (city, slug, name, name_hi, name_mr, pincode, lat, lng, aliases) VALUES
  ('mumbai', 'churchgate', 'Churchgate', 'चर्चगेट', 'चर्चगेट', '400020', 18.935118, 72.826438, ARRAY[]::text[]),
  ('mumbai', 'mumbai-central', 'Mumbai Central', 'मुंबई सेंट्रल', 'मुंबई सेंट्रल', '400008', 18.96714, 72.828657, ARRAY[]::text[]),
  ('mumbai', 'bandra', 'Bandra', 'बांद्रा', 'वांद्रे', '400050', 19.05517, 72.829952, ARRAY['bandra west', 'bandra east']::text[]),
  ('mumbai', 'dahisar', 'Dahisar', 'दहिसर', 'दहिसर', '400068', 19.259095, 72.833823, ARRAY[]::text[]),
  ('mumbai', 'vile-parle', 'Vile Parle', 'विले पार्ले', 'विलेपार्ले', '400056', 19.104497, 72.839501, ARRAY['parle']::text[]),
  ('mumbai', 'khar', 'Khar', 'खार', 'खार', '400052', 19.071708, 72.834104, ARRAY['khar west', 'khar road']::text[]),
  ('kalyan-dombivli', 'kalyan', 'Kalyan', 'कल्याण', 'कल्याण', '421301', 19.2437, 73.13554, ARRAY['kalyan west']::text[]),
  ('kalyan-dombivli', 'dombivli', 'Dombivli', 'डोंबिवली', 'डोंबिवली', '421201', 19.21667, 73.08333, ARRAY['dombivli east', 'dombivali']::text[]),
  ('kalyan-dombivli', 'dombivli-west', 'Dombivli West', 'डोंबिवली पश्चिम', 'डोंबिवली पश्चिम', '421202', 19.222074, 73.078896, ARRAY[]::text[]),
  ('kalyan-dombivli', 'titwala', 'Titwala', 'टिटवाला', 'टिटवाळा', '421605', 19.312874, 73.217557, ARRAY[]::text[]),
  ('ulhasnagar', 'ulhasnagar', 'Ulhasnagar', 'उल्हासनगर', 'उल्हासनगर', '421002', 19.21667, 73.15, ARRAY['ulhasnagar camp']::text[]),
  ('ambernath', 'ambernath', 'Ambernath', 'अंबरनाथ', 'अंबरनाथ', '421501', 19.2, 73.16667, ARRAY['ambarnath']::text[]),
  ('badlapur', 'badlapur', 'Badlapur', 'बदलापुर', 'बदलापूर', '421503', 19.15516, 73.26553, ARRAY['kulgaon']::text[]),
  ('bhiwandi', 'bhiwandi', 'Bhiwandi', 'भिवंडी', 'भिवंडी', '421302', 19.30023, 73.05881, ARRAY[]::text[]),
  ('mira-bhayandar', 'mira-road', 'Mira Road', 'मीरा रोड', 'मीरा रोड', '401107', 19.2836, 72.8675, ARRAY[]::text[]),
  ('mira-bhayandar', 'bhayandar-west', 'Bhayandar West', 'भायंदर पश्चिम', 'भाईंदर पश्चिम', '401101', 19.299913, 72.839732, ARRAY['bhayander west']::text[]),
  ('mira-bhayandar', 'bhayandar-east', 'Bhayandar East', 'भायंदर पूर्व', 'भाईंदर पूर्व', '401105', 19.305348, 72.866317, ARRAY['bhayander east']::text[]),
  ('vasai-virar', 'vasai', 'Vasai', 'वसई', 'वसई', '401202', 19.37296, 72.822006, ARRAY['vasai road', 'bassein']::text[]),
  ('vasai-virar', 'nalasopara', 'Nalasopara', 'नालासोपारा', 'नालासोपारा', '401209', 19.405449, 72.830869, ARRAY['nallasopara']::text[]),
  ('vasai-virar', 'virar', 'Virar', 'विरार', 'विरार', '401303', 19.45591, 72.81136, ARRAY[]::text[]),
  ('panvel', 'panvel', 'Panvel', 'पनवेल', 'पनवेल', '410206', 18.98878, 73.11013, ARRAY['new panvel']::text[]),
  ('panvel', 'kalamboli', 'Kalamboli', 'कलंबोली', 'कळंबोली', '410218', 19.031831, 73.105454, ARRAY[]::text[]),
  ('panvel', 'taloja', 'Taloja', 'तलोजा', 'तळोजा', '410208', 19.07376, 73.123159, ARRAY['taloja midc']::text[])
ON CONFLICT (city, slug) DO NOTHING;
