/**
 * The muscle table: every atlas muscle, keyed by the muscle id used in data/muscles/<id>.json.
 * The entries live in the region files (table-*.ts), one entry per muscle; this module joins
 * them in a fixed order and checks that every id appears exactly once. Adding a muscle = adding
 * one entry to its region file and its id to MUSCLE_IDS.
 * Invariant: MUSCLE_IDS and the table hold the same ids; generation fails otherwise.
 */
import type { MuscleDef } from './muscle-def';
import type { PointSet } from './points';
import { armMuscles } from './table-arm';
import { headNeckMuscles } from './table-head-neck';
import { legMuscles } from './table-leg';
import { shoulderMuscles } from './table-shoulder';
import { trunkMuscles } from './table-trunk';

export const MUSCLE_IDS = `temporalis masseter lateral-pterygoid medial-pterygoid frontalis occipitalis sternocleidomastoid
upper-trapezius middle-trapezius lower-trapezius levator-scapulae splenius-capitis splenius-cervicis semispinalis-capitis
suboccipitals scalenes supraspinatus infraspinatus teres-minor teres-major subscapularis rhomboids serratus-anterior
serratus-posterior-superior latissimus-dorsi pectoralis-major pectoralis-minor deltoid coracobrachialis biceps-brachii
brachialis triceps-brachii brachioradialis extensor-carpi-radialis-longus extensor-carpi-radialis-brevis
extensor-carpi-ulnaris extensor-digitorum supinator pronator-teres flexor-carpi-radialis flexor-carpi-ulnaris
flexor-digitorum-superficialis adductor-pollicis first-dorsal-interosseous iliocostalis longissimus multifidi
quadratus-lumborum rectus-abdominis external-oblique iliopsoas gluteus-maximus gluteus-medius gluteus-minimus piriformis
tensor-fasciae-latae adductor-longus adductor-magnus pectineus sartorius rectus-femoris vastus-medialis vastus-lateralis
vastus-intermedius biceps-femoris semitendinosus semimembranosus gastrocnemius soleus tibialis-anterior tibialis-posterior
peroneus-longus peroneus-brevis extensor-digitorum-longus flexor-digitorum-longus abductor-hallucis
extensor-digitorum-brevis flexor-digitorum-brevis quadratus-plantae`.split(/\s+/);

/** Every muscle, in MUSCLE_IDS order. */
export const muscleTable = (P: PointSet): MuscleDef[] => {
  const all = [...headNeckMuscles(P), ...shoulderMuscles(P), ...armMuscles(P), ...trunkMuscles(P), ...legMuscles(P)];
  const byId = new Map<string, MuscleDef>();
  for (const m of all) {
    if (byId.has(m.id)) throw new Error(`muscle table: ${m.id} appears twice`);
    byId.set(m.id, m);
  }
  const missing = MUSCLE_IDS.filter((id) => !byId.has(id));
  const extra = [...byId.keys()].filter((id) => !MUSCLE_IDS.includes(id));
  if (missing.length || extra.length) throw new Error(`muscle table: missing ${missing.join(', ')}; not listed ${extra.join(', ')}`);
  return MUSCLE_IDS.map((id) => byId.get(id) as MuscleDef);
};
