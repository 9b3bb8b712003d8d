"""How fast is migrate-keras-dicts at repository scale, measured against LibCST itself?

Generates repositories deterministically in a temporary folder and, in one run, times:

* the baseline: LibCST parses every file and regenerates its code, over a pool of the
  same number of processes (started in a fresh interpreter, like the tool);
* the tool: ``python -m migrate_keras_dicts ROOT --diff --jobs N --no-progress``.

Scenarios: a mixed repository (about 10% of files build Keras models), a Keras-only
repository, ``--jobs 1`` against ``--jobs 2``, and the peak memory of the tool's main
process at two repository sizes. The table is a report: the script always exits 0.

    python benchmarks/bench.py              # the full run (about 10 minutes on 2 cores)
    python benchmarks/bench.py --repeat 1   # each timing once (about 4 minutes)
    python benchmarks/bench.py --quick      # a small run, to check the script itself

Each timing is made ``--repeat`` times (3 by default), the baseline and the tool taking
turns, and the fastest run of each counts: a busy machine only slows runs down.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
SEED = 20240611

# -- ordinary Python --------------------------------------------------------------------

NOUNS = [
    "order", "invoice", "customer", "record", "batch", "report", "session", "token",
    "payload", "config", "event", "metric", "account", "item", "queue", "task", "job",
    "cache", "entry", "shipment", "ledger", "profile", "document", "message", "schedule",
]  # fmt: skip
VERBS = [
    "load", "parse", "build", "merge", "validate", "render", "fetch", "store", "compute",
    "resolve", "format", "collect", "filter", "update", "sync", "export", "normalise",
]  # fmt: skip
STDLIB = [
    "import json", "import logging", "import os", "import re", "import time",
    "import itertools", "import functools", "import hashlib", "import csv",
    "from pathlib import Path", "from collections import defaultdict, Counter",
    "from dataclasses import dataclass, field", "from typing import Any, Iterable, Iterator",
    "from datetime import datetime, timedelta",
]  # fmt: skip


def _camel(*words: str) -> str:
    return "".join(w.capitalize() for w in words)


def _plain_function(rng: random.Random) -> str:
    verb, noun, other = rng.choice(VERBS), rng.choice(NOUNS), rng.choice(NOUNS)
    limit = rng.randint(2, 500)
    return f'''

def {verb}_{noun}s(items: Iterable[dict[str, Any]], limit: int = {limit}) -> list[dict[str, Any]]:
    """{verb.capitalize()} {noun}s, keeping at most ``limit`` of them.

    Entries without an ``id`` are skipped: upstream sometimes sends partial rows and the
    {other} service cannot take them.
    """
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        key = str(item.get("id", ""))
        if not key or key in seen:
            continue  # duplicates come from retried deliveries
        seen.add(key)
        if item.get("status") == "archived":
            logging.getLogger(__name__).debug("skip archived %s at %d", key, index)
            continue
        out.append({{**item, "{other}": item.get("{other}", None), "rank": len(out)}})
        if len(out) >= limit:
            break
    return sorted(out, key=lambda entry: (entry.get("priority", 0), entry["rank"]))
'''


def _io_function(rng: random.Random) -> str:
    verb, noun = rng.choice(VERBS), rng.choice(NOUNS)
    return f'''

def {verb}_{noun}_file(path: str | os.PathLike[str], *, strict: bool = False) -> dict[str, Any]:
    """Read a {noun} file written by the nightly export; JSON, or CSV with a header."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            if strict:
                raise ValueError(f"{{path}}: not JSON ({{error}})") from error
            return {{}}
        return data if isinstance(data, dict) else {{"items": data}}
    rows = list(csv.DictReader(text.splitlines()))
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        for column, value in row.items():
            try:
                totals[column] += float(value)
            except (TypeError, ValueError):
                pass  # text columns are not summed
    return {{"items": rows, "totals": dict(totals), "count": len(rows)}}
'''


def _generator_function(rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    size = rng.choice([8, 16, 32, 64, 128])
    return f'''

def iter_{noun}_chunks(values: list[Any], size: int = {size}) -> Iterator[list[Any]]:
    """Yield ``values`` in chunks of ``size``; the last chunk may be shorter."""
    # itertools.batched is 3.12+, and this module still supports 3.10.
    iterator = iter(values)
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk
'''


def _dataclass(rng: random.Random) -> str:
    noun, other = rng.choice(NOUNS), rng.choice(NOUNS)
    name = _camel(noun, rng.choice(["info", "state", "summary", "settings"]))
    return f'''

@dataclass
class {name}:
    """What the {other} pipeline needs to know about one {noun}."""

    identifier: str
    created: datetime = field(default_factory=datetime.now)
    tags: list[str] = field(default_factory=list)
    attempts: int = 0
    weight: float = {rng.uniform(0.1, 9.9):.2f}

    @property
    def expired(self) -> bool:
        return datetime.now() - self.created > timedelta(days={rng.randint(1, 90)})

    def digest(self) -> str:
        """A stable short hash, used as a cache key."""
        raw = "|".join([self.identifier, *sorted(self.tags), str(self.attempts)])
        return hashlib.sha1(raw.encode()).hexdigest()[:12]

    def bump(self) -> "{name}":
        self.attempts += 1
        return self
'''


def _service_class(rng: random.Random) -> str:
    noun, verb = rng.choice(NOUNS), rng.choice(VERBS)
    name = _camel(noun, rng.choice(["service", "client", "repository", "manager"]))
    return f'''

class {name}:
    """Talks to the {noun} backend; retries transient failures."""

    retries = {rng.randint(1, 5)}

    def __init__(self, base_url: str, timeout: float = {rng.randint(1, 30)}.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._cache: dict[str, Any] = {{}}
        self._log = logging.getLogger(f"{{__name__}}.{name}")

    def __repr__(self) -> str:
        return f"{name}({{self.base_url!r}})"

    @classmethod
    def from_env(cls) -> "{name}":
        return cls(os.environ.get("{noun.upper()}_URL", "http://localhost:8000"))

    def url(self, *parts: str) -> str:
        return "/".join([self.base_url, *parts])

    def {verb}(self, key: str) -> Any:
        """Cached {verb}; the backend is slow and the values rarely change."""
        if key in self._cache:
            return self._cache[key]
        for attempt in range(self.retries):
            try:
                value = self._request("GET", self.url("{noun}s", key))
            except TimeoutError:
                self._log.warning("timeout on %s (attempt %d)", key, attempt + 1)
                time.sleep(0.1 * 2**attempt)
                continue
            self._cache[key] = value
            return value
        raise RuntimeError(f"{{key}}: gave up after {{self.retries}} attempts")

    def _request(self, method: str, url: str) -> Any:
        raise NotImplementedError("injected by the transport layer")
'''


def _django_model(rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    name = _camel(noun)
    return f'''

class {name}(models.Model):
    """A {noun} as stored in the database."""

    name = models.CharField(max_length={rng.choice([64, 128, 255])})
    slug = models.SlugField(unique=True)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE, related_name="{noun}s")
    created = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "{noun}s"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"/{noun}s/{{self.slug}}/"
'''


def _django_view(rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    return f'''

def {noun}_list(request, page: int = 1):
    """Paginated {noun}s of the current user; the Model manager does the filtering."""
    queryset = {_camel(noun)}.objects.filter(owner=request.user, active=True)
    per_page = {rng.choice([10, 20, 25, 50])}
    start = (page - 1) * per_page
    items = list(queryset[start : start + per_page])
    return {{"items": [str(item) for item in items], "page": page, "total": queryset.count()}}
'''


def _constants(rng: random.Random) -> str:
    lines = ["", ""]
    for noun in rng.sample(NOUNS, rng.randint(2, 5)):
        value = rng.choice([str(rng.randint(1, 1000)), f'"{noun}-{rng.randint(1, 99)}"'])
        lines.append(f"{noun.upper()}_DEFAULT = {value}")
    lines.append('PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")')
    return "\n".join(lines) + "\n"


def ordinary_module(rng: random.Random, flavour: str) -> str:
    """A realistic non-model module of 100-400 lines.

    ``flavour``: ``plain`` (no Keras, no Model), ``django`` (``models.Model``, no Keras) or
    ``keras-util`` (imports Keras and names ``Model`` but builds none: passes the cheap
    prefilter, so the tool parses it).
    """
    target = rng.randint(100, 400)
    noun = rng.choice(NOUNS)
    parts = [
        f'"""{noun.capitalize()} handling for the {rng.choice(NOUNS)} pipeline.\n\n'
        "Nothing here is performance critical; clarity first.\n"
        '"""\n\nfrom __future__ import annotations\n\n' + "\n".join(sorted(STDLIB)) + "\n"
    ]
    makers: list[Callable[[random.Random], str]] = [
        _plain_function,
        _io_function,
        _generator_function,
        _dataclass,
        _service_class,
    ]
    if flavour == "django":
        parts.append("\nfrom django.db import models\n")
        makers += [_django_model, _django_view, _django_model]
    if flavour == "keras-util":
        parts.append("\nimport keras\nfrom keras import layers\n")
        parts.append(_keras_utilities(rng))
    parts.append(_constants(rng))
    while sum(p.count("\n") for p in parts) < target:
        parts.append(rng.choice(makers)(rng))
    return "".join(parts)


def _keras_utilities(rng: random.Random) -> str:
    width = rng.choice([32, 64, 128])
    return f'''

def dense_block(x, units: int = {width}, dropout: float = 0.1):
    """Dense -> BatchNorm -> Dropout; shared by every Model of the project."""
    x = layers.Dense(units, activation="relu")(x)
    x = layers.BatchNormalization()(x)
    return layers.Dropout(dropout)(x)


def load_trained(path: str) -> keras.Model:
    """A saved Model, for the serving code."""
    return keras.models.load_model(path, compile=False)


class LogEpochs(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        logging.getLogger(__name__).info("epoch %d: %s", epoch, logs)
'''


# -- Keras model files --------------------------------------------------------------------

DOMAINS = [
    ("clinic", ["ecg", "labs", "notes"], ["risk", "stay_days", "readmit"]),
    ("retail", ["basket", "history", "store"], ["churn", "spend", "category"]),
    ("energy", ["load", "weather", "calendar"], ["peak", "demand", "price"]),
    ("vision", ["image", "depth", "pose"], ["bbox", "label", "quality"]),
    ("speech", ["audio", "transcript", "speaker"], ["intent", "emotion", "language"]),
    ("fraud", ["transactions", "device", "merchant"], ["is_fraud", "amount_error", "segment"]),
    ("traffic", ["sensors", "cameras", "events"], ["speed", "jam", "incident"]),
    ("agri", ["soil", "satellite", "climate"], ["yield_t", "disease", "harvest_day"]),
]
SPELLINGS = [
    ("import keras\nfrom keras import layers", "keras", "layers"),
    ("from tensorflow import keras\nfrom tensorflow.keras import layers", "keras", "layers"),
    ("import tensorflow as tf", "tf.keras", "tf.keras.layers"),
]
HEAD_LOSSES = [
    ("sigmoid", "binary_crossentropy", "accuracy"),
    ("linear", "mse", "mae"),
    ("softmax", "categorical_crossentropy", "accuracy"),
]


def keras_module(rng: random.Random, index: int) -> tuple[str, str | None]:
    """A training script of 150-300 lines whose functional model the tool can migrate:
    2-3 inputs, 2-3 outputs, compile, fit with validation data, evaluate, predict.

    One in five builds its model in a companion module (``models_NNNNN.py``, returned as
    the second text) and imports the builder: the cross-file pass migrates both together.
    """
    domain, input_pool, output_pool = rng.choice(DOMAINS)
    imports, k, L = rng.choice(SPELLINGS)
    inputs = input_pool[: rng.randint(2, 3)]
    outputs = output_pool[: rng.randint(2, 3)]
    heads = [rng.choice(HEAD_LOSSES) for _ in outputs]
    style = rng.choice(["module", "function", "builder", "function", "imported"])
    companion = None
    lines: list[str] = []
    add = lines.append
    add(f'"""Train the {domain} multi-task model (run {index}).\n')
    add("Reads the prepared splits, trains, evaluates and writes predictions for the")
    add('dashboard. See docs/models.md for what every head predicts.\n"""\n')
    add("from __future__ import annotations\n")
    add("import argparse\nimport json\nimport logging\nimport os\nfrom pathlib import Path\n")
    add("import numpy as np")
    add(imports + "\n")
    add("LOGGER = logging.getLogger(__name__)")
    add('DATA_DIR = Path(os.environ.get("DATA_DIR", "data"))')
    add(f"BATCH_SIZE = {rng.choice([16, 32, 64, 128])}")
    add(f"EPOCHS = {rng.randint(3, 40)}")
    add(f"LEARNING_RATE = {rng.choice(['1e-3', '3e-4', '1e-4'])}\n")
    shapes = {name: rng.choice([8, 16, 24, 32, 64]) for name in inputs}
    add(f'''
def load_split(split: str, rows: int = 512) -> dict[str, np.ndarray]:
    """One split as arrays by column; random data when the file is missing (CI)."""
    path = DATA_DIR / f"{domain}_{{split}}.npz"
    if path.exists():
        with np.load(path) as archive:
            return {{column: archive[column] for column in archive.files}}
    LOGGER.warning("%s missing: using random data", path)
    rng = np.random.default_rng(abs(hash(split)) % 2**32)
    return {{''')
    for name in inputs:
        add(f'        "{name}": rng.normal(size=(rows, {shapes[name]})).astype("float32"),')
    for name, (_, loss, _) in zip(outputs, heads, strict=True):
        width = 3 if loss == "categorical_crossentropy" else 1
        add(f'        "{name}": rng.random(size=(rows, {width})).astype("float32"),')
    add("    }\n")
    add('''
def standardise(columns: dict[str, np.ndarray], keys: list[str]) -> dict[str, np.ndarray]:
    """Zero mean, unit variance per feature; the statistics come from the split itself."""
    out = dict(columns)
    for key in keys:
        values = columns[key]
        mean = values.mean(axis=0, keepdims=True)
        std = values.std(axis=0, keepdims=True) + 1e-6
        out[key] = (values - mean) / std
    return out


def summarise(history, path: Path) -> dict[str, float]:
    """The last value of every logged metric, also written to ``path`` as JSON."""
    summary = {key: float(values[-1]) for key, values in history.history.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(summary, indent=2, sort_keys=True))
    for key, value in sorted(summary.items()):
        LOGGER.info("%-32s %.4f", key, value)
    return summary


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--out", type=Path, default=Path("runs") / "latest")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)
''')
    indent = "    " if style != "module" else ""
    body: list[str] = []
    put = body.append
    for name in inputs:
        named = rng.random() < 0.7
        suffix = f', name="{name}"' if named else ""
        put(f"{name} = {k}.Input(shape=({shapes[name]},){suffix})")
    put(f"merged = {L}.concatenate([{', '.join(inputs)}])")
    for width in sorted(rng.sample([256, 128, 64, 32], rng.randint(1, 3)), reverse=True):
        put(f'hidden = {L}.Dense({width}, activation="relu")(merged)')
        put(f"merged = {L}.Dropout({rng.choice(['0.1', '0.2', '0.3'])})(hidden)")
    for name, (activation, loss, _) in zip(outputs, heads, strict=True):
        width = 3 if loss == "categorical_crossentropy" else 1
        named = rng.random() < 0.6
        suffix = f', name="{name}"' if named else ""
        put(f'{name} = {L}.Dense({width}, activation="{activation}"{suffix})(merged)')
    ctor = f"{k}.Model(inputs=[{', '.join(inputs)}], outputs=[{', '.join(outputs)}])"
    if style == "builder":
        add("\ndef _build_model():")
        add('    """The shared trunk and one head per task."""')
        for line in body:
            add("    " + line)
        add(f"    return {ctor}\n")
        body = ["model = _build_model()"]
    elif style == "imported":
        builder = f"build_{domain}_v{index}_model"
        companion = "\n".join(
            [
                f'"""The {domain} model, shared by training, evaluation and serving."""\n',
                imports + "\n",
                f"DEFAULT_DROPOUT = {rng.choice(['0.1', '0.2'])}\n",
                f"\ndef {builder}():",
                '    """Inputs by feature group; one head per task."""',
                *("    " + line for line in body),
                f"    return {ctor}",
            ]
        )
        companion += "\n" + "".join(_plain_function(rng) for _ in range(rng.randint(1, 3)))
        text_import = f"from .models_{index:05d} import {builder}"
        lines[lines.index(imports + "\n")] = imports + "\n\n" + text_import + "\n"
        body = [f"model = {builder}()"]
    else:
        body.append(f"model = {ctor}")
    losses = ", ".join(f'"{loss}"' for _, loss, _ in heads)
    weights = ", ".join(rng.choice(["1.0", "0.5", "0.2", "2.0"]) for _ in heads)
    metrics = ", ".join(f'["{metric}"]' for _, _, metric in heads)
    train_x = ", ".join(f'train["{n}"]' for n in inputs)
    train_y = ", ".join(f'train["{n}"]' for n in outputs)
    val_x = ", ".join(f'valid["{n}"]' for n in inputs)
    val_y = ", ".join(f'valid["{n}"]' for n in outputs)
    test_x = ", ".join(f'test["{n}"]' for n in inputs)
    test_y = ", ".join(f'test["{n}"]' for n in outputs)
    body += [
        "model.compile(",
        f"    optimizer={k}.optimizers.Adam(LEARNING_RATE),",
        f"    loss=[{losses}],",
        f"    loss_weights=[{weights}],",
        f"    metrics=[{metrics}],",
        ")",
        f'train = standardise(load_split("train"), {inputs!r})',
        f'valid = standardise(load_split("valid"), {inputs!r})',
        f'test = standardise(load_split("test"), {inputs!r})',
        f'stopper = {k}.callbacks.EarlyStopping(monitor="val_loss", patience=3)',
        "history = model.fit(",
        f"    [{train_x}],",
        f"    [{train_y}],",
        f"    validation_data=([{val_x}], [{val_y}]),",
        "    epochs=args.epochs,",
        "    batch_size=args.batch_size,",
        "    callbacks=[stopper],",
        "    verbose=2 if args.verbose else 0,",
        ")",
        'summary = summarise(history, args.out / "history.json")',
        f"scores = model.evaluate([{test_x}], [{test_y}], verbose=0, return_dict=True)",
        'LOGGER.info("test scores: %s", sorted(scores.items()))',
        f"predictions = model.predict([{test_x}], batch_size=args.batch_size)",
    ]
    for position, name in enumerate(outputs):
        body.append(f"{name}_pred = predictions[{position}]")
        body.append(f'np.save(args.out / "{name}.npy", {name}_pred)')
    if style == "module":
        add("\nargs = parse_args()")
        add("logging.basicConfig(level=logging.INFO)")
        lines.extend(body)
    else:
        add("\ndef main(argv: list[str] | None = None) -> None:")
        add('    """Train, evaluate, and save the predictions of every head."""')
        add("    args = parse_args(argv)")
        add("    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)")
        lines.extend(indent + line for line in body)
    text = "\n".join(lines) + "\n"
    # Helpers unrelated to the model, as a real training script has them.
    rest = rng.randint(150, 300) - text.count("\n")
    extra = []
    while rest > 0:
        extra.append(rng.choice([_plain_function, _io_function, _generator_function])(rng))
        rest -= extra[-1].count("\n")
    stdlib = "import csv\nimport itertools\nfrom typing import Any, Iterable, Iterator\n"
    text = text.replace("import argparse\n", "import argparse\n" + stdlib, 1)
    text += "".join(extra)
    if style != "module":
        text += '\n\nif __name__ == "__main__":\n    main()\n'
    return text, companion


# -- repositories -----------------------------------------------------------------------


@dataclass
class Repository:
    root: Path
    files: int
    keras_files: int
    bytes: int


def generate_repository(root: Path, files: int, keras_share: float, seed: int) -> Repository:
    """``files`` modules in packages of 40; every file's content depends only on the seed
    and its index, so a run is reproducible."""
    keras_count = round(files * keras_share)
    keras_at = set(random.Random(seed).sample(range(files), keras_count))
    total = 0
    for index in range(files):
        rng = random.Random(f"{seed}:{index}")
        folder = root / f"pkg_{index // 40:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if index in keras_at:
            text, companion = keras_module(rng, index)
            name = f"train_{index:05d}.py"
            if companion is not None:
                (folder / f"models_{index:05d}.py").write_text(companion, encoding="utf-8")
                total += len(companion.encode())
        else:
            roll = rng.random()
            flavour = "plain" if roll < 0.80 else "django" if roll < 0.95 else "keras-util"
            text = ordinary_module(rng, flavour)
            name = f"{rng.choice(NOUNS)}_{index:05d}.py"
        (folder / name).write_text(text, encoding="utf-8")
        total += len(text.encode())
    for folder in root.iterdir():
        (folder / "__init__.py").write_text("")
    return Repository(root, sum(1 for _ in root.rglob("*.py")), keras_count, total)


# -- measuring --------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    returncode: int
    stdout_bytes: int = 0
    stderr: str = ""
    main_peak_kb: int = 0  # VmHWM of the process started
    worker_peak_kb: int = 0  # the largest VmHWM among its children
    counts: dict[str, int] = field(default_factory=dict)
    results_bytes: int = 0  # the diff, and old and new text of every changed file


class PeakMemory:
    """Polls /proc for the peak RSS (VmHWM) of a process and of its children.

    ``getrusage(RUSAGE_CHILDREN)`` only gives the largest single process ever reaped, so
    the main process and the workers cannot be told apart that way.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.is_set():
            for pid in [self.pid, *self._children()]:
                peak = _vm_hwm(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)
            self._stop.wait(0.02)

    def _children(self) -> list[int]:
        try:
            tasks = os.listdir(f"/proc/{self.pid}/task")
        except OSError:
            return []
        children: list[int] = []
        for task in tasks:
            try:
                with open(f"/proc/{self.pid}/task/{task}/children") as handle:
                    children += [int(p) for p in handle.read().split()]
            except OSError:
                pass
        return children

    @property
    def main_kb(self) -> int:
        return self.peaks.get(self.pid, 0)

    @property
    def worker_kb(self) -> int:
        return max((kb for pid, kb in self.peaks.items() if pid != self.pid), default=0)


def _vm_hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def timed(command: list[str], stdout_path: Path, source: Path = ROOT) -> Run:
    """Wall time of ``command`` from start to exit, with its peak memory.

    It runs in the scratch folder, with ``source`` (the package to measure) on the path.
    """
    env = {**os.environ, "PYTHONPATH": str(source)}
    with stdout_path.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.PIPE, cwd=stdout_path.parent, env=env
        )
        with PeakMemory(process.pid) as memory:
            _, stderr = process.communicate()
        seconds = time.perf_counter() - start
    return Run(
        seconds,
        process.returncode,
        stdout_path.stat().st_size,
        stderr.decode(errors="replace"),
        memory.main_kb,
        memory.worker_kb,
    )


def run_baseline(repo: Repository, jobs: int, scratch: Path) -> Run:
    run = timed(
        [sys.executable, __file__, "_baseline", str(repo.root), "--jobs", str(jobs)],
        scratch / "baseline.out",
    )
    if run.returncode != 0:
        raise SystemExit(f"baseline failed:\n{run.stderr}")
    return run


def run_tool(repo: Repository, jobs: int, scratch: Path, source: Path = ROOT) -> Run:
    run = timed(
        [
            sys.executable,
            "-m",
            "migrate_keras_dicts",
            str(repo.root),
            "--diff",
            "--jobs",
            str(jobs),
            "--no-progress",
        ],
        scratch / "tool.diff",
        source,
    )
    if run.returncode not in (0, 1):
        raise SystemExit(f"the tool failed (exit {run.returncode}):\n{run.stderr[-3000:]}")
    run.counts = _summary_counts(run.stderr)
    diff = scratch / "tool.diff"
    changed = re.findall(r"^\+\+\+ b/(.*)$", diff.read_text(errors="replace"), re.MULTILINE)
    run.results_bytes = run.stdout_bytes + 2 * sum(
        (scratch / name).stat().st_size for name in changed
    )
    return run


def _summary_counts(stderr: str) -> dict[str, int]:
    """The numbers of the tool's summary table (the last row of six integers)."""
    keys = ["scanned", "changed", "unchanged", "migrated", "refused", "failed"]
    for line in reversed(stderr.splitlines()):
        numbers = re.findall(r"\d+", line)
        if len(numbers) == 6 and "│" in line:
            return dict(zip(keys, map(int, numbers), strict=True))
    return {}


def baseline_main(root: Path, jobs: int) -> None:
    """LibCST's own parse-and-print of every ``*.py`` file, over ``jobs`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    paths = sorted(
        os.path.join(folder, name)
        for folder, _, names in os.walk(root)
        for name in names
        if name.endswith(".py")
    )
    chunk = max(1, min(64, len(paths) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        same = sum(pool.map(_roundtrip, paths, chunksize=chunk))
    if same != len(paths):
        raise SystemExit(f"LibCST changed {len(paths) - same} file(s) on a round trip")
    print(f"{len(paths)} files round-tripped")


def _roundtrip(path: str) -> bool:
    import libcst

    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    return libcst.parse_module(text).code == text


# -- the report -------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table; the cells are text because the rows measure different
    things (seconds, a speed-up, megabytes)."""

    scenario: str
    files: int
    baseline: str
    tool: str
    baseline_rate: str
    tool_rate: str
    ratio: float
    target: str
    passed: bool


def _timed_row(
    scenario: str, files: int, baseline: float, tool: float, most: float, target: str
) -> Row:
    ratio = tool / baseline
    return Row(
        scenario,
        files,
        f"{baseline:.2f}",
        f"{tool:.2f}",
        f"{files / baseline:.0f}",
        f"{files / tool:.0f}",
        ratio,
        target,
        ratio <= most,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="mixed repository size")
    parser.add_argument("--keras-files", type=int, default=160, help="Keras-only repository size")
    parser.add_argument("--jobs", type=int, default=2, help="processes for both sides")
    parser.add_argument("--quick", action="store_true", help="200 + 40 files: checks the script")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each timing; the fastest counts"
    )
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="folder holding the migrate_keras_dicts package to measure (default: this one)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.files, args.keras_files, args.repeat = 200, 40, 1
    console = Console(highlight=False, width=max(132, Console().width))
    with tempfile.TemporaryDirectory(prefix="mkd-bench-") as temporary:
        base = args.keep or Path(temporary)
        rows, notes = _measure(
            console,
            base,
            args.files,
            args.keras_files,
            args.jobs,
            args.source.resolve(),
            max(1, args.repeat),
        )
    table = Table(title=f"migrate-keras-dicts vs LibCST parse+codegen ({args.jobs} processes)")
    for column in ("scenario", "files", "baseline s", "tool s", "baseline files/s"):
        table.add_column(column, justify="left" if column == "scenario" else "right")
    for column in ("tool files/s", "ratio", "target", "result"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(
            row.scenario,
            str(row.files),
            row.baseline,
            row.tool,
            row.baseline_rate,
            row.tool_rate,
            f"{row.ratio:.2f}",
            row.target,
            "[green]pass[/]" if row.passed else "[red]FAIL[/]",
        )
    console.print(table)
    for note in notes:
        console.print(note, markup=False, soft_wrap=True)
    return 0


def _measure(
    console: Console,
    base: Path,
    files: int,
    keras_files: int,
    jobs: int,
    source: Path,
    repeat: int = 1,
) -> tuple[list[Row], list[str]]:
    scratch = base / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    console.print(f"generating {files} + {files // 2} + {keras_files} files in {base} ...")
    mixed = generate_repository(base / "mixed", files, 0.10, SEED)
    half = generate_repository(base / "mixed_half", files // 2, 0.10, SEED + 1)
    keras_only = generate_repository(base / "keras_only", keras_files, 1.0, SEED + 2)
    rows: list[Row] = []
    notes: list[str] = []
    load_before = os.getloadavg()[0]

    def step(label: str) -> None:
        console.print(f"  {label} ...")

    def fastest(*runs: Callable[[], Run]) -> list[Run]:
        """Each run ``repeat`` times, taking turns, and the fastest time of each: a busy
        machine only ever slows a run down, and taking turns spreads its noise over both
        sides."""
        best: list[Run | None] = [None] * len(runs)
        for _ in range(repeat):
            for index, run in enumerate(runs):
                result = run()
                if best[index] is None or result.seconds < best[index].seconds:
                    best[index] = result
        return [b for b in best if b is not None]

    step(f"mixed: baseline and tool, {repeat} time(s) each")
    mixed_base, mixed_tool = fastest(
        lambda: run_baseline(mixed, jobs, scratch), lambda: run_tool(mixed, jobs, scratch, source)
    )
    rows.append(
        _timed_row(
            "mixed (10% Keras)",
            mixed.files,
            mixed_base.seconds,
            mixed_tool.seconds,
            0.5,
            "<= 0.50x",
        )
    )
    step(f"Keras-only: baseline, tool and tool --jobs 1, {repeat} time(s) each")
    keras_base, keras_tool, serial = fastest(
        lambda: run_baseline(keras_only, jobs, scratch),
        lambda: run_tool(keras_only, jobs, scratch, source),
        lambda: run_tool(keras_only, 1, scratch, source),
    )
    rows.append(
        _timed_row(
            "Keras only", keras_only.files, keras_base.seconds, keras_tool.seconds, 2.0, "<= 2.00x"
        )
    )
    speedup = serial.seconds / keras_tool.seconds
    rows.append(
        Row(
            f"Keras only: -j1 vs -j{jobs}",
            keras_only.files,
            "-",
            f"{serial.seconds:.2f} vs {keras_tool.seconds:.2f}",
            "-",
            f"{keras_only.files / serial.seconds:.0f} vs {keras_only.files / keras_tool.seconds:.0f}",
            speedup,
            ">= 1.70x",
            speedup >= 1.7,
        )
    )
    step("half-size mixed: tool (memory)")
    half_tool = run_tool(half, jobs, scratch, source)
    grown_kb = mixed_tool.main_peak_kb - half_tool.main_peak_kb
    results_kb = (mixed_tool.results_bytes - half_tool.results_bytes) / 1024
    added = mixed.files - half.files
    # What the main process must hold grows with the results (the diff, the old and new
    # text of each changed file) and with a small record per file (path, counts,
    # findings); not with the text of the files read. 2 MB for allocator noise.
    allowed_kb = results_kb + 2 * added + 2048
    rows.append(
        Row(
            f"main RSS: {half.files} -> {mixed.files} files",
            mixed.files,
            "-",
            f"{half_tool.main_peak_kb / 1024:.0f} -> {mixed_tool.main_peak_kb / 1024:.0f} MB",
            "-",
            "-",
            grown_kb / max(results_kb, 1),
            f"+<= {allowed_kb / 1024:.1f} MB",
            grown_kb <= allowed_kb,
        )
    )
    notes.append(
        f"memory: N/2 -> N adds {added} files ({(mixed.bytes - half.bytes) / 1e6:.1f} MB of "
        f"source, {results_kb / 1024:.1f} MB of results); the main process grew "
        f"{grown_kb / 1024:.1f} MB ({grown_kb / added:.1f} KB per added file); target: results "
        "+ 2 KB per file + 2 MB"
    )
    for label, run, repo in [
        ("mixed", mixed_tool, mixed),
        ("half-size mixed", half_tool, half),
        ("Keras only", keras_tool, keras_only),
        ("Keras only, --jobs 1", serial, keras_only),
    ]:
        counts = run.counts
        notes.append(
            f"{label}: {repo.files} files ({repo.keras_files} build models, "
            f"{repo.bytes / 1e6:.1f} MB); tool: {counts.get('changed', '?')} changed, "
            f"{counts.get('migrated', '?')} models migrated, {counts.get('refused', '?')} "
            f"refused, {counts.get('failed', '?')} failed; diff {run.stdout_bytes / 1024:.0f} "
            f"KB; peak RSS main {run.main_peak_kb / 1024:.0f} MB, largest worker "
            f"{run.worker_peak_kb / 1024:.0f} MB"
        )
    notes.append(
        f"load average (1 min) {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, on "
        f"{os.cpu_count()} CPUs: other work on the machine slows both sides"
    )
    notes.append(
        f"baseline peak RSS: main {mixed_base.main_peak_kb / 1024:.0f} MB, largest worker "
        f"{mixed_base.worker_peak_kb / 1024:.0f} MB (mixed)"
    )
    notes.append(
        f"ratio = tool s / baseline s, each the fastest of {repeat} run(s) (scaling row: "
        "--jobs 1 s / --jobs 2 s; memory row: MB grown per MB of added results)"
    )
    return rows, notes


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_baseline":
        baseline_main(Path(sys.argv[2]), int(sys.argv[4]))
        sys.exit(0)
    sys.exit(main())
