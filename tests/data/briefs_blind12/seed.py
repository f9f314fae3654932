"""The seed case: the seed article cut to its first two paragraphs, with its 12 trailing lines."""

from __future__ import annotations

SEED_BYLINE = "Post by : Saif Nasser"
SEED_TITLE = "US orders diplomats to lobby foreign governments against pro-migration policies"
SEED_PARAS = [
    "The United States has taken a sharp new step in its immigration strategy. According to a State Department cable obtained by Reuters, the Trump administration has ordered American diplomats around the world to actively lobby foreign governments against pro-migration policies. The cable was sent on Friday to U.S. embassies across Europe, Canada, and Australia, urging diplomats to speak out about what the administration claims are rising crime and human rights abuses connected to mass migration.",
    "This move marks one of the most direct attempts yet by the Trump administration to spread its strict anti-immigration agenda beyond U.S. borders. For years, Donald Trump has argued that mass migration threatens national security, social stability, and public safety. Now, his administration wants other countries to adopt similar views and restrict their own immigration systems.",
]
SEED_TAIL = [
    "Kazakhstan Boosts Oil Supply as US Winter Storm Disrupts Production",
    "Oil prices inch down as Kazakhstan's oilfield ramps up production, countered by severe disruptions f",
    "Return of Officer's Remains in Gaza May Open Rafah Crossing",
    "Israel confirms Ran Gvili's remains identification, paving the way for the Rafah border crossing's p",
    "Border 2 Achieves ₹250 Crore Globally in Just 4 Days: Sunny Deol Shines",
    "Sunny Deol's Border 2 crosses ₹250 crore in 4 days, marking a significant breakthrough in global box",
    "Delay in Jana Nayagan Release as Madras HC Bars Censorship Clearance",
    "The Madras High Court halts the approval of Jana Nayagan's censor certificate, postponing its releas",
    "Tragedy Strikes as MV Trisha Kerstin 3 Accident Leaves 316 Rescued",
    "The MV Trisha Kerstin 3 met an unfortunate fate near Jolo, with 316 passengers rescued. The governme",
    "Aryna Sabalenka Advances to Semi-Finals, Targeting Another Grand Slam Title",
    "Top seed Aryna Sabalenka triumphed over Jovic and now faces Gauff or Svitolina in the semi-finals as",
]
