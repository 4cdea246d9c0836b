// docknet's own word lists for generated container names (`adjective_surname`, the shape of
// Docker's `pkg/namesgenerator`). Lowercase ASCII only, no duplicates. "boring" and "wozniak"
// are both present on purpose: the generator must never produce `boring_wozniak`
// (Docker's rule: "Steve Wozniak is not boring").
/** Adjectives for the first half of a generated name. */
export const NAME_ADJECTIVES = [
    'admiring', 'adoring', 'affectionate', 'agile', 'amazing', 'ardent', 'artful', 'astute',
    'awesome', 'blissful', 'bold', 'boring', 'brave', 'bright', 'brisk', 'buoyant', 'busy', 'calm',
    'candid', 'careful', 'charming', 'cheerful', 'clever', 'cool', 'cosmic', 'courteous', 'crafty',
    'curious', 'daring', 'dazzling', 'deft', 'devoted', 'diligent', 'dreamy', 'eager', 'earnest',
    'ecstatic', 'elastic', 'elated', 'eloquent', 'epic', 'fearless', 'fervent', 'festive',
    'focused', 'friendly', 'frosty', 'gallant', 'gentle', 'gifted', 'gleeful', 'glowing',
    'graceful', 'happy', 'hardy', 'hopeful', 'humble', 'hungry', 'inspired', 'jolly', 'jovial',
    'keen', 'kind', 'laughing', 'lively', 'loving', 'lucid', 'lucky', 'mellow', 'merry', 'mighty',
    'modest', 'nifty', 'nimble', 'noble', 'patient', 'peaceful', 'placid', 'playful', 'plucky',
    'polite', 'proud', 'quick', 'quiet', 'radiant', 'relaxed', 'resolute', 'serene', 'sharp',
    'shiny', 'sleepy', 'smiling', 'snappy', 'spirited', 'stoic', 'sunny', 'swift', 'tender',
    'thirsty', 'upbeat', 'vibrant', 'vigilant', 'vivid', 'wise', 'witty', 'zealous',
];
/** Surnames of notable scientists, mathematicians and hackers for the second half. */
export const NAME_SURNAMES = [
    'abel', 'adleman', 'agnesi', 'alhazen', 'ampere', 'archimedes', 'aryabhata', 'avogadro',
    'babbage', 'backus', 'bardeen', 'bartik', 'bassi', 'bernoulli', 'bhabha', 'blackwell', 'bohr',
    'boltzmann', 'boole', 'bose', 'brahe', 'brattain', 'cantor', 'cardano', 'carnot', 'carson',
    'cauchy', 'cavendish', 'cerf', 'chandrasekhar', 'chebyshev', 'clarke', 'copernicus',
    'coulomb', 'cray', 'curie', 'darwin', 'dedekind', 'descartes', 'diffie', 'dijkstra', 'dirac',
    'doppler', 'easley', 'edison', 'einstein', 'engelbart', 'euclid', 'euler', 'faraday',
    'fermat', 'fermi', 'feynman', 'fibonacci', 'fourier', 'franklin', 'fresnel', 'galileo',
    'galois', 'gauss', 'germain', 'gibbs', 'godel', 'goldberg', 'goodall', 'hamilton', 'hamming',
    'hawking', 'heisenberg', 'hellman', 'hertz', 'hilbert', 'hoare', 'hodgkin', 'hopper',
    'hubble', 'huygens', 'hypatia', 'jackson', 'jemison', 'johnson', 'joule', 'kahan', 'kay',
    'kepler', 'kernighan', 'kilby', 'knuth', 'kolmogorov', 'kovalevskaya', 'lagrange', 'lamarr',
    'lamport', 'laplace', 'leavitt', 'leibniz', 'liskov', 'lorentz', 'lovelace', 'maxwell',
    'mayer', 'mccarthy', 'mcclintock', 'meitner', 'mendel', 'mendeleev', 'minsky', 'mirzakhani',
    'moore', 'morse', 'napier', 'nash', 'neumann', 'newton', 'nightingale', 'nobel', 'noether',
    'noyce', 'ohm', 'pascal', 'pasteur', 'pauli', 'pauling', 'perlman', 'planck', 'poincare',
    'ptolemy', 'ramanujan', 'riemann', 'ritchie', 'rivest', 'rutherford', 'sagan', 'salk',
    'shamir', 'shannon', 'shockley', 'snyder', 'somerville', 'stallman', 'swartz', 'tesla',
    'thompson', 'torvalds', 'turing', 'volta', 'watt', 'wiles', 'wilson', 'wing', 'wirth',
    'wozniak', 'wright', 'yalow', 'yonath', 'zuse',
];
//# sourceMappingURL=name-words.js.map