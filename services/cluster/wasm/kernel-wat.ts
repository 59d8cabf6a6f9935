/**
 * The k-means hot loops of shared/cluster/kernels.ts as WebAssembly text, written out for one feature
 * count d and one k (like the JavaScript kernels). Same operations in the same order, so the same bits:
 *
 * - Centres are compared two at a time, one per SIMD lane (f64x2): lane 0 holds the even centres,
 *   lane 1 the odd ones. Each lane sums its own centre's squared differences in the JavaScript order
 *   (((v0² + v1²) + v2²) + …), so each distance is exactly the scalar one. Each lane keeps its own
 *   nearest and second-nearest; the two are merged at the end (ties go to the lower centre index,
 *   as in the scalar "first minimum wins" scan). Padding lanes hold NaN: NaN never compares as
 *   nearer, so they never win.
 * - k-means++ trial potentials likewise run two trials per lane pair; pruned lanes (triangle
 *   inequality) add the row's current potential, exactly as the scalar kernel does.
 * - Adding a centre is scalar (one distance per row), only without JavaScript's bounds checks.
 *
 * Layout of the centres (`cent`): pair p, feature t at byte 16·(p·d + t), lane = centre index & 1.
 * Trial candidates (`cand`) use the same layout; gaps of the trials (`gapsT`) are stored per row
 * label a as pairs at 16·(a·TP + p). All addresses are byte offsets into the imported memory.
 */

/** Trials per k-means++ step (scikit-learn's 2 + ln k) in lane pairs. */
export function trialPairsFor(k: number): number {
  return Math.ceil((2 + Math.floor(Math.log(k))) / 2);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const get = (name: string) => `(local.get $${name})`;
const f64 = (v: number) => `(f64.const ${v === Infinity ? 'inf' : v})`;

/** Sets `acc` (f64x2) to Σ_t (x_t − C[p,t])², splats x_t in locals $x0…, in the scalar order. */
function pairDistance(d: number, base: string, p: number): string {
  return range(d)
    .map((t) => {
      const term = `(f64x2.mul (local.tee $v (f64x2.sub ${get(`x${t}`)} (v128.load offset=${(p * d + t) * 16} ${get(base)}))) ${get('v')})`;
      return t === 0 ? `(local.set $acc ${term})` : `(local.set $acc (f64x2.add ${get('acc')} ${term}))`;
    })
    .join('\n');
}

/** Scalar Σ_t (row_t − c_t)² into $s, c_t read by `centre(t)`. */
function scalarDistance(d: number, centre: (t: number) => string): string {
  return range(d)
    .map((t) => {
      const term = `(f64.mul (local.tee $w (f64.sub (f64.load offset=${8 * t} ${get('row')}) ${centre(t)})) ${get('w')})`;
      return t === 0 ? `(local.set $s ${term})` : `(local.set $s (f64.add ${get('s')} ${term}))`;
    })
    .join('\n');
}

const loadSplats = (d: number) => range(d).map((t) => `(local.set $x${t} (v128.load64_splat offset=${8 * t} ${get('row')}))`).join('\n');
const splatLocals = (d: number) => range(d).map((t) => `(local $x${t} v128)`).join(' ');

/**
 * Every centre against the row at $row: sets $best, stores √nearest at $up and √second at $lo. The
 * per-lane minimum uses the scalar kernel's updates: nearer = q < d1; d2 = nearer ? d1 : min(q, d2).
 */
function scanAll(d: number, k: number): string {
  const pairs = Math.ceil(k / 2);
  const perPair = range(pairs).map((p) => `${pairDistance(d, 'cent', p)}
    (local.set $m (f64x2.lt ${get('acc')} ${get('D1')}))
    (local.set $D2 (v128.bitselect ${get('D1')} (f64x2.pmin ${get('D2')} ${get('acc')}) ${get('m')}))
    (local.set $B (v128.bitselect (v128.const i64x2 ${2 * p} ${2 * p + 1}) ${get('B')} ${get('m')}))
    (local.set $D1 (v128.bitselect ${get('acc')} ${get('D1')} ${get('m')}))`);
  return `(local.set $D1 (f64x2.splat ${f64(Infinity)}))
    (local.set $D2 (f64x2.splat ${f64(Infinity)}))
    (local.set $B (v128.const i64x2 0 0))
    ${loadSplats(d)}
    ${perPair.join('\n')}
    (local.set $e1 (f64x2.extract_lane 0 ${get('D1')}))
    (local.set $o1 (f64x2.extract_lane 1 ${get('D1')}))
    (local.set $e2 (f64x2.extract_lane 0 ${get('D2')}))
    (local.set $o2 (f64x2.extract_lane 1 ${get('D2')}))
    (local.set $be (i32.wrap_i64 (i64x2.extract_lane 0 ${get('B')})))
    (local.set $bo (i32.wrap_i64 (i64x2.extract_lane 1 ${get('B')})))
    (local.set $oWins (f64.lt ${get('o1')} ${get('e1')}))
    (local.set $eWins (f64.lt ${get('e1')} ${get('o1')}))
    (local.set $best (select ${get('bo')} (select ${get('be')} (select ${get('be')} ${get('bo')} (i32.lt_u ${get('be')} ${get('bo')})) ${get('eWins')}) ${get('oWins')}))
    (local.set $d1 (select ${get('o1')} ${get('e1')} ${get('oWins')}))
    (local.set $d2 (select (select ${get('e1')} ${get('o2')} (f64.lt ${get('e1')} ${get('o2')}))
      (select (select ${get('o1')} ${get('e2')} (f64.lt ${get('o1')} ${get('e2')})) ${get('o1')} ${get('eWins')}) ${get('oWins')}))
    (f64.store ${get('up')} (f64.sqrt ${get('d1')}))
    (f64.store ${get('lo')} (f64.sqrt ${get('d2')}))`;
}

/** When the row's label changed: count it, store it, move the row between the running sums. */
function moveRow(d: number): string {
  const sumsUpdate = range(d)
    .map((t) => `(f64.store offset=${8 * t} ${get('pa')} (f64.sub (f64.load offset=${8 * t} ${get('pa')}) (f64.load offset=${8 * t} ${get('row')})))
      (f64.store offset=${8 * t} ${get('pb')} (f64.add (f64.load offset=${8 * t} ${get('pb')}) (f64.load offset=${8 * t} ${get('row')})))`)
    .join('\n');
  return `(if (i32.ne ${get('best')} ${get('a')}) (then
    (local.set $changes (i32.add ${get('changes')} (i32.const 1)))
    (i32.store ${get('lab')} ${get('best')})
    (local.set $pa (i32.add ${get('counts')} (i32.shl ${get('a')} (i32.const 3))))
    (local.set $pb (i32.add ${get('counts')} (i32.shl ${get('best')} (i32.const 3))))
    (f64.store ${get('pa')} (f64.sub (f64.load ${get('pa')}) ${f64(1)}))
    (f64.store ${get('pb')} (f64.add (f64.load ${get('pb')}) ${f64(1)}))
    (local.set $pa (i32.add ${get('sums')} (i32.mul ${get('a')} (i32.const ${8 * d}))))
    (local.set $pb (i32.add ${get('sums')} (i32.mul ${get('best')} (i32.const ${8 * d}))))
    ${sumsUpdate}))`;
}

/** A loop over n rows; `body` may `(br $next)` to skip to the next row. Pointers advance per row. */
function rowLoop(d: number, pointers: Array<[string, number]>, body: string): string {
  const advance = [['row', 8 * d] as [string, number], ...pointers]
    .map(([name, step]) => `(local.set $${name} (i32.add ${get(name)} (i32.const ${step})))`)
    .join(' ');
  return `(block $done (loop $rows
    (br_if $done (i32.ge_u ${get('i')} ${get('n')}))
    (block $next ${body})
    ${advance}
    (local.set $i (i32.add ${get('i')} (i32.const 1)))
    (br $rows)))`;
}

const SCAN_LOCALS = `(local $i i32) (local $a i32) (local $best i32) (local $changes i32) (local $scans i32) (local $pa i32) (local $pb i32)
  (local $be i32) (local $bo i32) (local $oWins i32) (local $eWins i32) (local $d1 f64) (local $d2 f64) (local $e1 f64) (local $o1 f64) (local $e2 f64) (local $o2 f64)
  (local $l f64) (local $bound f64) (local $h f64) (local $s f64) (local $w f64)
  (local $acc v128) (local $v v128) (local $m v128) (local $D1 v128) (local $D2 v128) (local $B v128)`;

function fullFunc(d: number, k: number): string {
  return `(func (export "full") (param $n i32) (param $row i32) (param $cent i32) (param $lab i32) (param $up i32) (param $lo i32)
    (param $sums i32) (param $counts i32) (param $out i32)
    ${SCAN_LOCALS} ${splatLocals(d)}
    ${rowLoop(d, [['lab', 4], ['up', 8], ['lo', 8]], `(local.set $a (i32.load ${get('lab')}))
      ${scanAll(d, k)}
      ${moveRow(d)}`)}
    (i32.store ${get('out')} ${get('changes')})
    (i32.store offset=4 ${get('out')} ${get('n')}))`;
}

function hamerlyFunc(d: number, k: number): string {
  // Centre a's coordinates in the pair layout: pair a >> 1, lane a & 1, stride 16 bytes per feature.
  const ownCentre = (t: number) => `(f64.load offset=${16 * t} ${get('pa')})`;
  return `(func (export "hamerly") (param $n i32) (param $row i32) (param $cent i32) (param $lab i32) (param $up i32) (param $lo i32)
    (param $sums i32) (param $counts i32) (param $half i32) (param $maxAt i32) (param $max f64) (param $second f64) (param $out i32)
    ${SCAN_LOCALS} ${splatLocals(d)}
    ${rowLoop(d, [['lab', 4], ['up', 8], ['lo', 8]], `(local.set $a (i32.load ${get('lab')}))
      (local.set $l (f64.sub (f64.load ${get('lo')}) (select ${get('second')} ${get('max')} (i32.eq ${get('a')} ${get('maxAt')}))))
      (f64.store ${get('lo')} ${get('l')})
      (local.set $h (f64.load (i32.add ${get('half')} (i32.shl ${get('a')} (i32.const 3)))))
      (local.set $bound (select ${get('h')} ${get('l')} (f64.gt ${get('h')} ${get('l')})))
      (local.set $pa (i32.add ${get('cent')} (i32.add (i32.mul (i32.shr_u ${get('a')} (i32.const 1)) (i32.const ${16 * d}))
        (i32.shl (i32.and ${get('a')} (i32.const 1)) (i32.const 3)))))
      ${scalarDistance(d, ownCentre)}
      (br_if $next (f64.le (f64.sqrt ${get('s')}) ${get('bound')}))
      (local.set $scans (i32.add ${get('scans')} (i32.const 1)))
      ${scanAll(d, k)}
      ${moveRow(d)}`)}
    (i32.store ${get('out')} ${get('changes')})
    (i32.store offset=4 ${get('out')} ${get('scans')}))`;
}

function trialPotsFunc(d: number, k: number): string {
  const tp = trialPairsFor(k);
  const pots = range(tp).map((p) => `(local $P${p} v128)`).join(' ');
  const loadPots = range(tp).map((p) => `(local.set $P${p} (v128.load offset=${16 * p} ${get('pots')}))`).join(' ');
  const storePots = range(tp).map((p) => `(v128.store offset=${16 * p} ${get('pots')} ${get(`P${p}`)})`).join(' ');
  const perPair = range(tp).map((p) => `(local.set $m (f64x2.ge (v128.load offset=${16 * p} ${get('pa')}) ${get('TWOU')}))
      (if (i64x2.all_true ${get('m')})
        (then (local.set $P${p} (f64x2.add ${get(`P${p}`)} ${get('CI')})))
        (else
          (if (i32.eqz ${get('loaded')}) (then ${loadSplats(d)} (local.set $loaded (i32.const 1))))
          ${pairDistance(d, 'cand', p)}
          (local.set $P${p} (f64x2.add ${get(`P${p}`)} (v128.bitselect ${get('CI')} (f64x2.pmin ${get('CI')} ${get('acc')}) ${get('m')})))))`);
  return `(func (export "trialPots") (param $n i32) (param $row i32) (param $closest i32) (param $near i32) (param $lab i32)
    (param $cand i32) (param $gapsT i32) (param $pots i32)
    (local $i i32) (local $pa i32) (local $loaded i32) (local $acc v128) (local $v v128) (local $m v128) (local $CI v128) (local $TWOU v128)
    ${pots} ${splatLocals(d)}
    ${loadPots}
    ${rowLoop(d, [['closest', 8], ['near', 8], ['lab', 4]], `(local.set $CI (f64x2.splat (f64.load ${get('closest')})))
      (local.set $TWOU (f64x2.splat (f64.mul ${f64(2)} (f64.load ${get('near')}))))
      (local.set $pa (i32.add ${get('gapsT')} (i32.mul (i32.load ${get('lab')}) (i32.const ${16 * tp}))))
      (local.set $loaded (i32.const 0))
      ${perPair.join('\n')}`)}
    ${storePots})`;
}

function addCentreFunc(d: number): string {
  const locals = range(d).map((t) => `(local $c${t} f64)`).join(' ');
  const loadChosen = range(d).map((t) => `(local.set $c${t} (f64.load offset=${8 * t} ${get('chosen')}))`).join(' ');
  return `(func (export "addCentre") (param $n i32) (param $row i32) (param $closest i32) (param $near i32) (param $second i32)
    (param $lab i32) (param $chosen i32) (param $c i32) (param $gaps i32)
    (local $i i32) (local $u f64) (local $gap f64) (local $g f64) (local $lb f64) (local $s f64) (local $w f64) (local $ci f64) ${locals}
    ${loadChosen}
    ${rowLoop(d, [['closest', 8], ['near', 8], ['second', 8], ['lab', 4]], `(local.set $u (f64.load ${get('near')}))
      (local.set $gap (f64.load (i32.add ${get('gaps')} (i32.shl (i32.load ${get('lab')}) (i32.const 3)))))
      (if (f64.ge ${get('gap')} (f64.mul ${f64(2)} ${get('u')})) (then
        (local.set $lb (f64.mul (local.tee $g (f64.sub ${get('gap')} ${get('u')})) ${get('g')}))
        (if (f64.lt ${get('lb')} (f64.load ${get('second')})) (then (f64.store ${get('second')} ${get('lb')})))
        (br $next)))
      ${scalarDistance(d, (t) => get(`c${t}`))}
      (local.set $ci (f64.load ${get('closest')}))
      (if (f64.lt ${get('s')} ${get('ci')})
        (then (f64.store ${get('second')} ${get('ci')}) (f64.store ${get('closest')} ${get('s')})
          (f64.store ${get('near')} (f64.sqrt ${get('s')})) (i32.store ${get('lab')} ${get('c')}))
        (else (if (f64.lt ${get('s')} (f64.load ${get('second')})) (then (f64.store ${get('second')} ${get('s')})))))`)})`;
}

/** The module for d features and k centres; it imports its memory as env.memory (shared). */
export function kernelModuleText(d: number, k: number): string {
  return `(module
  (import "env" "memory" (memory 1 65536 shared))
  ${fullFunc(d, k)}
  ${hamerlyFunc(d, k)}
  ${trialPotsFunc(d, k)}
  ${addCentreFunc(d)})`;
}
