/** One kind of product of the demo catalog, sold in three variants. */
export interface ProductLine {
  /** The noun of the product's name: `Coffee Beans` in `Colombian Huila Coffee Beans`. */
  readonly noun: string;
  /** The three variants, each making a product: `<variant> <noun>`. */
  readonly variants: readonly [string, string, string];
  /** The description's first sentences; `{v}` stands for the variant. */
  readonly detail: string;
  /** Price of the first variant in cents; the others cost a step more each. */
  readonly priceCents: number;
}

/** A category of the demo catalog: its name, SKU prefix, closing sentence and product lines. */
export interface CategorySource {
  readonly name: string;
  /** Three upper-case letters starting each SKU of the category. */
  readonly code: string;
  /** The description's last sentence, shared by the category. */
  readonly closing: string;
  readonly lines: readonly ProductLine[];
}

/**
 * The demo catalog's text: 10 categories of 7 product lines in 3 variants, 210 products. Plain ASCII, so
 * that it reads the same on every engine and terminal.
 */
export const CATALOG_SOURCE: readonly CategorySource[] = [
  {
    name: 'Coffee & Tea',
    code: 'CFT',
    closing: 'Chosen and tested by our coffee and tea buyers before it joins the range.',
    lines: [
      {
        noun: 'Coffee Beans',
        variants: ['Ethiopian Yirgacheffe', 'Colombian Huila', 'Sumatra Mandheling'],
        detail:
          'Whole beans from {v}, roasted in small batches and shipped within two days of roasting. A medium roast that brews a round, sweet cup.',
        priceCents: 1290,
      },
      {
        noun: 'Green Tea',
        variants: ['Sencha', 'Gyokuro', 'Dragon Well'],
        detail:
          '{v} loose-leaf green tea with a fresh, grassy aroma. Steep at 75 degrees for two minutes; the leaves give three good infusions.',
        priceCents: 890,
      },
      {
        noun: 'Black Tea',
        variants: ['Assam', 'Darjeeling First Flush', 'Earl Grey'],
        detail:
          'A full-leaf {v} black tea, strong enough for milk and smooth enough without. 100 g makes about forty cups.',
        priceCents: 790,
      },
      {
        noun: 'Herbal Infusion',
        variants: ['Chamomile', 'Peppermint', 'Rooibos Vanilla'],
        detail:
          'A caffeine-free {v} infusion for the evening, made from whole flowers and leaves rather than dust.',
        priceCents: 650,
      },
      {
        noun: 'Pour-Over Dripper',
        variants: ['Ceramic', 'Glass', 'Copper'],
        detail:
          'A {v} cone dripper for one or two cups, with spiral ribs that keep the flow even. Takes standard size 02 filters.',
        priceCents: 2400,
      },
      {
        noun: 'Coffee Grinder',
        variants: ['Manual Burr', 'Electric Burr', 'Travel Hand'],
        detail:
          'A {v} grinder with conical steel burrs and 18 click settings, from espresso fine to French press coarse.',
        priceCents: 3900,
      },
      {
        noun: 'Teapot',
        variants: ['Cast Iron', 'Glass', 'Stoneware'],
        detail:
          'A {v} teapot holding 800 ml, with a removable stainless infuser basket and a drip-free spout.',
        priceCents: 2900,
      },
    ],
  },
  {
    name: 'Kitchen',
    code: 'KIT',
    closing: 'Designed to last for years of daily cooking and backed by a two-year guarantee.',
    lines: [
      {
        noun: "Chef's Knife",
        variants: ['20 cm Stainless', '16 cm Damascus', '24 cm Carbon Steel'],
        detail:
          'A {v} blade, hand-sharpened to a 15 degree edge, on a riveted pakkawood handle that stays comfortable in long prep sessions.',
        priceCents: 5900,
      },
      {
        noun: 'Cutting Board',
        variants: ['Walnut', 'Maple End-Grain', 'Bamboo'],
        detail:
          'A {v} board with a juice groove on one side and a flat serving face on the other. Oil it once a month.',
        priceCents: 3400,
      },
      {
        noun: 'Dutch Oven',
        variants: ['Enamelled 24 cm', 'Enamelled 28 cm', 'Cast Iron 26 cm'],
        detail:
          'A heavy {v} pot with a tight lid for braises, stews and no-knead bread. Works on every hob, induction included, and in the oven.',
        priceCents: 8900,
      },
      {
        noun: 'Frying Pan',
        variants: ['Carbon Steel 28 cm', 'Stainless 24 cm', 'Cast Iron 26 cm'],
        detail:
          'A {v} pan that browns evenly and goes from hob to oven. Pre-seasoned where it needs to be, and it gets better with use.',
        priceCents: 3900,
      },
      {
        noun: 'Mixing Bowls',
        variants: ['Stainless Nesting', 'Ceramic Speckled', 'Glass'],
        detail: 'A set of three {v} bowls of 1, 2 and 4 litres that stack into the space of one.',
        priceCents: 2900,
      },
      {
        noun: 'Pepper Mill',
        variants: ['Oak', 'Brushed Steel', 'Acacia'],
        detail:
          'An {v} mill with a ceramic grinding mechanism you can set from fine to coarse with a turn of the top knob.',
        priceCents: 2200,
      },
      {
        noun: 'Kitchen Scale',
        variants: ['Digital Glass', 'Compact Steel', 'Precision Coffee'],
        detail:
          'A {v} scale that weighs to the gram up to 5 kg, with a tare button and a display you can read under a big bowl.',
        priceCents: 1900,
      },
    ],
  },
  {
    name: 'Home Decor',
    code: 'HOM',
    closing: 'Each piece is made in small runs, so small variations in colour are part of its charm.',
    lines: [
      {
        noun: 'Table Lamp',
        variants: ['Linen Shade', 'Brass Dome', 'Ceramic Base'],
        detail:
          'A {v} lamp giving a warm, glare-free light for a side table or desk. E27 fitting, bulb not included.',
        priceCents: 6900,
      },
      {
        noun: 'Throw Blanket',
        variants: ['Wool Herringbone', 'Cotton Waffle', 'Merino Knit'],
        detail: 'A {v} throw, 130 by 170 cm, soft enough for the sofa and warm enough for winter evenings.',
        priceCents: 5400,
      },
      {
        noun: 'Cushion Cover',
        variants: ['Velvet', 'Linen Stripe', 'Embroidered Cotton'],
        detail: 'A 45 by 45 cm {v} cover with a hidden zip. Machine washable at 30 degrees.',
        priceCents: 1900,
      },
      {
        noun: 'Vase',
        variants: ['Stoneware Bud', 'Recycled Glass', 'Terracotta'],
        detail: 'A {v} vase with a glazed, watertight inside, sized for a handful of stems or dried grasses.',
        priceCents: 2600,
      },
      {
        noun: 'Wall Clock',
        variants: ['Oak Minimal', 'Station Style', 'Concrete'],
        detail:
          'A {v} clock, 30 cm across, with a silent sweeping movement that will not tick through the night.',
        priceCents: 4200,
      },
      {
        noun: 'Scented Candle',
        variants: ['Fig and Cedar', 'Sea Salt', 'Amber and Smoke'],
        detail:
          'A {v} candle of soy wax with a cotton wick in a reusable glass jar, burning for about 45 hours.',
        priceCents: 2400,
      },
      {
        noun: 'Picture Frame',
        variants: ['Oak A4', 'Black Aluminium A3', 'Walnut 13x18'],
        detail: 'An {v} frame with real glass and a mount, ready to hang portrait or landscape.',
        priceCents: 1800,
      },
    ],
  },
  {
    name: 'Garden',
    code: 'GAR',
    closing: 'Made for real gardens: weatherproof, easy to clean and simple to repair.',
    lines: [
      {
        noun: 'Pruning Shears',
        variants: ['Bypass', 'Anvil', 'Ratchet'],
        detail:
          '{v} shears with a hardened steel blade that cuts branches up to 2 cm cleanly, and a lock you can work with one hand.',
        priceCents: 2900,
      },
      {
        noun: 'Watering Can',
        variants: ['Galvanised 9 L', 'Copper 5 L', 'Indoor 1.5 L'],
        detail: 'A {v} can with a long spout and a detachable rose for seedlings.',
        priceCents: 3200,
      },
      {
        noun: 'Seed Collection',
        variants: ['Kitchen Herb', 'Wildflower Meadow', 'Heirloom Tomato'],
        detail:
          'A {v} collection of six open-pollinated varieties, with sowing instructions for every month of the year.',
        priceCents: 1200,
      },
      {
        noun: 'Planter',
        variants: ['Terracotta 30 cm', 'Fibre Clay 40 cm', 'Hanging Ceramic'],
        detail: 'A {v} planter with a drainage hole and a saucer, frost-resistant down to minus 10 degrees.',
        priceCents: 2700,
      },
      {
        noun: 'Garden Gloves',
        variants: ['Leather', 'Bamboo Grip', 'Thorn-Proof'],
        detail: '{v} gloves that keep hands dry and protected without losing the feel of the soil.',
        priceCents: 1500,
      },
      {
        noun: 'Hand Trowel',
        variants: ['Stainless', 'Forged Carbon', 'Narrow Transplanting'],
        detail: 'A {v} trowel with depth markings on the blade and an ash handle that fits the hand.',
        priceCents: 1700,
      },
      {
        noun: 'Bird Feeder',
        variants: ['Seed Tube', 'Wooden House', 'Window'],
        detail: 'A {v} feeder that keeps seed dry and squirrels out, easy to open and clean.',
        priceCents: 2300,
      },
    ],
  },
  {
    name: 'Outdoor',
    code: 'OUT',
    closing: 'Tested on long weekends in the hills, in the rain as much as in the sun.',
    lines: [
      {
        noun: 'Daypack',
        variants: ['20 L', '28 L', '35 L'],
        detail:
          'A {v} pack with a ventilated back panel, hip belt pockets and a rain cover tucked into the base.',
        priceCents: 7900,
      },
      {
        noun: 'Water Bottle',
        variants: ['Insulated 750 ml', 'Insulated 500 ml', 'Collapsible 1 L'],
        detail:
          'An {v} bottle that keeps drinks cold for a day and hot for half of one, with a leak-proof lid.',
        priceCents: 2400,
      },
      {
        noun: 'Camping Stove',
        variants: ['Compact Gas', 'Multi-Fuel', 'Wood-Burning'],
        detail: 'A {v} stove that boils a litre of water in about four minutes and folds into its own pot.',
        priceCents: 5900,
      },
      {
        noun: 'Sleeping Bag',
        variants: ['Three-Season', 'Summer Light', 'Down Winter'],
        detail:
          'A {v} bag in a mummy shape with a draught collar and a two-way zip, packed in a compression sack.',
        priceCents: 11900,
      },
      {
        noun: 'Headlamp',
        variants: ['Rechargeable 400 lm', 'Trail Runner', 'Red-Light'],
        detail:
          'A {v} headlamp with a tilting beam, a lock mode for the bag and a comfortable elastic strap.',
        priceCents: 3400,
      },
      {
        noun: 'Trekking Poles',
        variants: ['Aluminium', 'Carbon', 'Folding'],
        detail: 'A pair of {v} poles with cork grips and quick locks, adjustable from 105 to 135 cm.',
        priceCents: 6400,
      },
      {
        noun: 'Picnic Blanket',
        variants: ['Waterproof Tartan', 'Recycled Wool', 'Beach Cotton'],
        detail: 'A {v} blanket, 150 by 200 cm, that rolls up with a leather carry strap.',
        priceCents: 3900,
      },
    ],
  },
  {
    name: 'Books',
    code: 'BOK',
    closing: 'Printed on FSC-certified paper and bound to lie flat when open.',
    lines: [
      {
        noun: 'Cookbook',
        variants: ['Weeknight Vegetarian', 'Slow Sunday', 'Baking Basics'],
        detail:
          'The {v} cookbook: eighty tested recipes with a photograph of each and a shopping list per chapter.',
        priceCents: 2800,
      },
      {
        noun: 'Field Guide',
        variants: ['Garden Birds', 'Wild Mushrooms', 'Trees of Europe'],
        detail: 'A pocket field guide to {v}, with clear illustrations, range maps and look-alike warnings.',
        priceCents: 1900,
      },
      {
        noun: 'Travel Journal',
        variants: ['Coastal Walks', 'City Breaks', 'Mountain Huts'],
        detail:
          'The {v} travel journal: routes, stories and practical notes from twelve seasons on the road.',
        priceCents: 2200,
      },
      {
        noun: 'Novel',
        variants: ['Harbour Lights', 'The Quiet Orchard', 'Winter Letters'],
        detail:
          '{v}, a novel about a family, a house and the summer that changed both, told in three voices.',
        priceCents: 1600,
      },
      {
        noun: 'Handbook',
        variants: ['Woodworking', 'Home Repair', 'Bicycle Maintenance'],
        detail:
          'A {v} handbook that explains the tools, the techniques and the mistakes to avoid, step by step.',
        priceCents: 2600,
      },
      {
        noun: 'Activity Book',
        variants: ['Nature Detective', 'Puzzle Island', 'Draw Your City'],
        detail: '{v}, an activity book for ages six to ten with puzzles, drawing pages and stickers.',
        priceCents: 990,
      },
      {
        noun: 'Atlas',
        variants: ['World', 'Night Sky', 'Ocean'],
        detail:
          'A large-format {v} atlas with detailed maps, an index of places and essays on how to read them.',
        priceCents: 3900,
      },
    ],
  },
  {
    name: 'Stationery',
    code: 'STA',
    closing: 'Good paper and good tools make writing by hand a pleasure again.',
    lines: [
      {
        noun: 'Notebook',
        variants: ['A5 Dotted', 'A5 Lined', 'Pocket Plain'],
        detail:
          'A {v} notebook of 192 numbered pages of 100 g paper that fountain pen ink does not bleed through.',
        priceCents: 1400,
      },
      {
        noun: 'Fountain Pen',
        variants: ['Steel Nib', 'Demonstrator', 'Brass'],
        detail: 'A {v} fountain pen with a medium nib, a converter and a box of blue-black cartridges.',
        priceCents: 3600,
      },
      {
        noun: 'Weekly Planner',
        variants: ['Undated', 'Academic', 'Desk'],
        detail: 'An {v} planner with a week on two pages, monthly overviews and a ribbon marker.',
        priceCents: 1800,
      },
      {
        noun: 'Pencil Set',
        variants: ['Graphite Sketching', 'Watercolour', 'Coloured 24'],
        detail: 'A {v} pencil set in a tin, with a sharpener and an eraser that does not smudge.',
        priceCents: 1600,
      },
      {
        noun: 'Desk Organiser',
        variants: ['Oak', 'Felt', 'Powder-Coated Steel'],
        detail: 'An {v} organiser with slots for pens, cards and a phone, to keep the desk clear.',
        priceCents: 2900,
      },
      {
        noun: 'Greeting Cards',
        variants: ['Botanical', 'Letterpress Thank You', 'Birthday'],
        detail: 'A pack of eight {v} cards with recycled kraft envelopes, blank inside.',
        priceCents: 1100,
      },
      {
        noun: 'Washi Tape',
        variants: ['Pastel Set', 'Botanical Set', 'Grid Set'],
        detail:
          'A {v} of five rolls of Japanese paper tape that tears by hand and lifts without leaving a mark.',
        priceCents: 890,
      },
    ],
  },
  {
    name: 'Toys & Games',
    code: 'TOY',
    closing: 'Tested for safety to EN 71 and made to be played with, not kept in the box.',
    lines: [
      {
        noun: 'Board Game',
        variants: ['Harbour Traders', 'Forest Quest', 'Tiny Kingdoms'],
        detail: '{v}, a board game for two to five players aged eight and up; a game takes about 45 minutes.',
        priceCents: 3500,
      },
      {
        noun: 'Jigsaw Puzzle',
        variants: ['1000 Piece Map', '500 Piece Garden', '300 Piece Animals'],
        detail: 'A {v} jigsaw of thick recycled board with a matte finish and a poster of the picture.',
        priceCents: 1900,
      },
      {
        noun: 'Building Blocks',
        variants: ['Wooden 50', 'Magnetic 64', 'Rainbow Arch'],
        detail: 'A {v} set of blocks in beech and water-based paints that grows with the child.',
        priceCents: 3900,
      },
      {
        noun: 'Card Game',
        variants: ['Quick Words', 'Cat Chase', 'Number Rush'],
        detail:
          '{v}, a fast card game for the whole family that fits in a pocket and plays in fifteen minutes.',
        priceCents: 1200,
      },
      {
        noun: 'Plush Toy',
        variants: ['Fox', 'Owl', 'Bear'],
        detail: 'A soft {v} plush of organic cotton, 30 cm tall, machine washable and with embroidered eyes.',
        priceCents: 2400,
      },
      {
        noun: 'Kite',
        variants: ['Diamond', 'Stunt', 'Box'],
        detail: 'A {v} kite of ripstop nylon with a fibreglass frame and 30 m of line on a winder.',
        priceCents: 2900,
      },
      {
        noun: 'Science Kit',
        variants: ['Crystal Growing', 'Circuit Builder', 'Volcano Lab'],
        detail:
          'A {v} kit with everything for a dozen experiments and an illustrated guide that explains why.',
        priceCents: 3200,
      },
    ],
  },
  {
    name: 'Audio',
    code: 'AUD',
    closing: 'Comes with a USB-C cable and a two-year warranty.',
    lines: [
      {
        noun: 'Headphones',
        variants: ['Wireless Over-Ear', 'Studio Monitor', 'Noise-Cancelling'],
        detail:
          '{v} headphones with a balanced, detailed sound, soft ear cushions and a folding travel case.',
        priceCents: 12900,
      },
      {
        noun: 'Earbuds',
        variants: ['True Wireless', 'Sport', 'Wired In-Ear'],
        detail:
          '{v} earbuds with three sizes of tips, sweat resistance and clear calls from a built-in microphone.',
        priceCents: 6900,
      },
      {
        noun: 'Bluetooth Speaker',
        variants: ['Portable', 'Bookshelf', 'Waterproof Mini'],
        detail: 'A {v} speaker with twelve hours of play, room-filling sound and a strap for carrying.',
        priceCents: 8900,
      },
      {
        noun: 'Turntable',
        variants: ['Belt-Drive', 'Direct-Drive', 'Suitcase'],
        detail: 'A {v} record player with a built-in preamp, an adjustable counterweight and a dust cover.',
        priceCents: 24900,
      },
      {
        noun: 'Radio',
        variants: ['DAB+ Kitchen', 'Wooden FM', 'Wind-Up Emergency'],
        detail: 'A {v} radio with presets, a clear display and a sound tuned for voices.',
        priceCents: 5900,
      },
      {
        noun: 'Microphone',
        variants: ['USB Podcast', 'Clip-On Lavalier', 'Condenser Studio'],
        detail: 'A {v} microphone with a headphone output for monitoring and a stand in the box.',
        priceCents: 7900,
      },
      {
        noun: 'Audio Cable',
        variants: ['3.5 mm 2 m', 'RCA Pair', 'Optical 1.5 m'],
        detail: 'A {v} cable with gold-plated connectors and a braided jacket that does not tangle.',
        priceCents: 1200,
      },
    ],
  },
  {
    name: 'Personal Care',
    code: 'PER',
    closing: 'Free of parabens and never tested on animals.',
    lines: [
      {
        noun: 'Soap Bar',
        variants: ['Oatmeal', 'Lavender', 'Charcoal'],
        detail: 'A cold-process {v} soap bar made with olive oil and shea butter, gentle on every skin type.',
        priceCents: 650,
      },
      {
        noun: 'Hand Cream',
        variants: ['Rose', 'Unscented', 'Citrus'],
        detail: 'A {v} hand cream that soaks in quickly and leaves no greasy film, in a 75 ml tube.',
        priceCents: 990,
      },
      {
        noun: 'Shampoo Bar',
        variants: ['Rosemary', 'Coconut', 'Tea Tree'],
        detail: 'A {v} shampoo bar that lasts as long as two bottles and travels without leaking.',
        priceCents: 1100,
      },
      {
        noun: 'Face Oil',
        variants: ['Rosehip', 'Jojoba', 'Argan'],
        detail: 'A cold-pressed {v} face oil in a 30 ml dropper bottle; three drops are enough.',
        priceCents: 2400,
      },
      {
        noun: 'Toothbrush',
        variants: ['Bamboo Soft', 'Bamboo Medium', 'Kids Bamboo'],
        detail: 'A {v} toothbrush with a compostable handle and plant-based bristles, in a pack of four.',
        priceCents: 890,
      },
      {
        noun: 'Bath Salts',
        variants: ['Eucalyptus', 'Magnesium', 'Rose Petal'],
        detail:
          '{v} bath salts from the Dead Sea and essential oils, 500 g in a glass jar with a wooden scoop.',
        priceCents: 1600,
      },
      {
        noun: 'Shaving Kit',
        variants: ['Safety Razor', 'Brush and Bowl', 'Travel'],
        detail: 'A {v} shaving kit for a close, calm shave, in a cotton pouch.',
        priceCents: 3900,
      },
    ],
  },
];
