import json, random, hashlib, sys, collections, os
sys.path.insert(0, os.path.dirname(__file__))
import common
for m in ["scams_en", "scams_other", "honest_en", "honest_other"]:
    try: __import__(m)
    except ModuleNotFoundError as e: print("missing", m)
posts = common.POSTS
rnd = random.Random(20261207)
rnd.shuffle(posts)
out = []
for i, p in enumerate(posts, 1):
    out.append(dict(id="v3-%03d" % i, **p))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "postings.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(out))
