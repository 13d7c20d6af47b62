"""The floor of a batch into a directory: the files a batch wrote in SRC written again into DST
(which must not exist) the way kelisim writes each, under a temporary name then hard-linked to its
own; prints the seconds it took."""
import os
import sys
import time

src, dst = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(src) if n.endswith((".md", ".docx")))
data = [(n, open(os.path.join(src, n), "rb").read()) for n in names]
os.makedirs(dst)
start = time.perf_counter()
for name, body in data:
    tmp = os.path.join(dst, "." + name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, body)
    os.close(fd)
    os.link(tmp, os.path.join(dst, name))
    os.unlink(tmp)
print("%.4f" % (time.perf_counter() - start))
