"""Reference computations with scikit-learn for the clustering tests.

Usage: /usr/bin/python3 sklearn_reference.py JOB.json  ->  JSON on stdout.
The job names a CSV matrix (no header) and a list of operations; labels and initial centres come
as CSV files too, so both sides read exactly the same numbers.
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score, silhouette_score

warnings.filterwarnings("ignore")


def load(path, dtype=np.float64):
    return np.loadtxt(path, delimiter=",", dtype=dtype, ndmin=2)


def main():
    job = json.load(open(sys.argv[1]))
    X = load(job["x"])
    out = {"sklearn": sklearn.__version__, "results": []}
    for op in job["ops"]:
        kind = op["op"]
        if kind == "lloyd":
            init = load(op["init"])
            km = KMeans(n_clusters=init.shape[0], init=init, n_init=1, algorithm="lloyd", tol=op["tol"], max_iter=op["max_iter"])
            km.fit(X)
            out["results"].append({"labels": km.labels_.tolist(), "inertia": float(km.inertia_),
                                   "centers": km.cluster_centers_.tolist(), "n_iter": int(km.n_iter_)})
        elif kind == "kmeanspp":
            km = KMeans(n_clusters=op["k"], init="k-means++", n_init=op["n_init"], algorithm="lloyd",
                        random_state=op["seed"], tol=op["tol"], max_iter=op["max_iter"])
            km.fit(X)
            out["results"].append({"inertia": float(km.inertia_)})
        elif kind == "indices":
            labels = load(op["labels"], dtype=np.int64).ravel()
            out["results"].append({"silhouette": float(silhouette_score(X, labels)),
                                   "calinski_harabasz": float(calinski_harabasz_score(X, labels)),
                                   "davies_bouldin": float(davies_bouldin_score(X, labels))})
        elif kind == "ari":
            a = load(op["a"], dtype=np.int64).ravel()
            b = load(op["b"], dtype=np.int64).ravel()
            out["results"].append({"ari": float(adjusted_rand_score(a, b))})
        else:
            raise SystemExit(f"unknown op {kind}")
    json.dump(out, sys.stdout)


main()
