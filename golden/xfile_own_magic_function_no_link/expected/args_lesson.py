# A Python lesson defines its own function called `magic` and calls it: that is not
# IPython's shell method, so no file of the run runs other files' code, and summary.py
# links to neither script.
def magic(*args, **kwargs):
    return len(args) + len(kwargs)


print(magic(1, 2, key="word"))
