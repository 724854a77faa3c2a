"""score-batch.py's send(), strings() and judge(), loaded as a module for the analysis scripts that judge turns the way the
scorer does (follow-up-alone.py, follow-up-standalone.py), so they never keep a copy of its rules that could drift.
Its file name has a hyphen (kept: the README and every round's notes run it by that name), so it is loaded by path."""
import importlib.util, os

def load_scorer(port):
    """score-batch.py as a module whose requests go to the bot on 127.0.0.1:PORT."""
    spec = importlib.util.spec_from_file_location("score_batch", os.path.join(os.path.dirname(os.path.abspath(__file__)), "score-batch.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.URL = "http://127.0.0.1:%s/api/messages" % port
    return module
