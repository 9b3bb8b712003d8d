"""Small questions about the code that every planning part asks: argument binding, ``*`` in
a literal, the code around a use, ancestry."""

from __future__ import annotations

import re

import libcst as cst

from .state import PlanState


def frame(st: PlanState, node: cst.CSTNode) -> cst.CSTNode | None:
    """The function or module whose code runs ``node``; None inside a lambda, class
    body or comprehension (evaluated apart, or at another time)."""
    current = st.meta.parent(node)
    while current is not None:
        if isinstance(current, cst.FunctionDef | cst.Module):
            return current
        if isinstance(
            current,
            cst.Lambda
            | cst.ClassDef
            | cst.ListComp
            | cst.SetComp
            | cst.DictComp
            | cst.GeneratorExp,
        ):
            return None
        current = st.meta.parent(current)
    return None


def out_of_unpacking(st: PlanState, node: cst.CSTNode) -> tuple[cst.CSTNode, cst.CSTNode | None]:
    """``node`` inside an unpacking target (``a, (b, *c) = ...``): the outermost tuple or
    list that holds it (``node`` itself when none does), and that one's parent."""
    child, parent = node, st.meta.parent(node)
    while isinstance(parent, cst.Element | cst.StarredElement | cst.Tuple | cst.List):
        child, parent = parent, st.meta.parent(parent)
    return child, parent


def inside(st: PlanState, node: cst.CSTNode, ancestor: cst.CSTNode) -> bool:
    return st.meta.inside(node, ancestor)


def enclosing_function(st: PlanState, node: cst.CSTNode) -> cst.FunctionDef | None:
    current = st.meta.parent(node)
    while current is not None and not isinstance(current, cst.FunctionDef):
        if isinstance(current, cst.Lambda | cst.ClassDef):
            return None
        current = st.meta.parent(current)
    return current


# -- argument binding ---------------------------------------------------------
def bind(
    st: PlanState,
    call: cst.Call,
    params: tuple[str, ...],
    keyword_only_from: int | None = None,
    *,
    differs: str = "in Keras 2 and 3",
) -> dict[str, cst.BaseExpression]:
    """Argument name -> expression; a positional argument past ``keyword_only_from`` (or
    the named ``params``) stops the plan: it means different things ``differs``."""
    bound: dict[str, cst.BaseExpression] = {}
    limit = len(params) if keyword_only_from is None else keyword_only_from
    position = 0
    for arg in call.args:
        if arg.star:
            raise st.stop("MKD114", arg, f"`{st.code(call.func)}(...)` uses `{arg.star}` arguments")
        if arg.keyword is None:
            if position >= limit:
                raise st.stop(
                    "MKD114",
                    arg,
                    f"positional argument {position + 1} of `{st.code(call.func)}` "
                    f"means different things {differs}; pass it by keyword",
                )
            bound[params[position]] = arg.value
            position += 1
        else:
            keyword = arg.keyword.value
            bound["x" if keyword == "inputs" and params[0] == "x" else keyword] = arg.value
    return bound


def resolved_literal(st: PlanState, expr: cst.BaseExpression | None) -> cst.BaseExpression | None:
    if isinstance(expr, cst.Name):
        binding = st.meta.binding_of(expr)
        return binding.value if binding is not None else None
    return expr


def no_starred(st: PlanState, node: cst.List | cst.Tuple) -> None:
    for element in node.elements:
        if isinstance(element, cst.StarredElement):
            raise st.stop("MKD117", element, f"`{st.code(node)}` uses `*` unpacking")


def use_context(st: PlanState, node: cst.CSTNode) -> cst.CSTNode:
    """The smallest readable piece of code around a use: its call, loop header or line."""
    current = st.meta.parent(node)
    while current is not None:
        if isinstance(current, cst.Call):
            return current
        if isinstance(current, cst.For | cst.While | cst.If):
            return current
        comprehension = cst.ListComp | cst.SetComp | cst.DictComp | cst.GeneratorExp
        if isinstance(current, cst.BaseSmallStatement | comprehension | cst.Lambda):
            return current
        current = st.meta.parent(current)
    return node


# The comment line that opens a notebook cell in the joined module (formats/notebook.py).
_CELL_MARKER = re.compile(r"# <mkd-cell(?:-\d+)? \d+>\Z")


def discarded(st: PlanState, node: cst.CSTNode) -> bool:
    """``node`` is an expression statement whose value nothing sees: in a script any, in a
    notebook one that does not end its cell (IPython shows the value of a cell's last
    expression, unless a ``;`` ends it)."""
    statement = st.meta.parent(node)
    if not isinstance(statement, cst.Expr):
        return False
    if st.options.script:
        return True
    line = st.meta.parent(statement)
    module = st.meta.module
    if not (isinstance(line, cst.SimpleStatementLine) and st.meta.parent(line) is module):
        return True  # inside a block of the cell: not its last expression
    if line.body[-1] is not statement or isinstance(statement.semicolon, cst.Semicolon):
        return True
    body = list(module.body)
    index = next(i for i, s in enumerate(body) if s is line)
    if index + 1 == len(body):
        return False  # the last cell's last statement
    following = body[index + 1]
    leading = getattr(following, "leading_lines", ())
    return not any(e.comment is not None and _CELL_MARKER.match(e.comment.value) for e in leading)


def uses_of_assigned(st: PlanState, value: cst.BaseExpression) -> list[cst.Name] | None:
    """The uses of the one name ``value`` is assigned to (``grads = ...``); None when it is
    assigned otherwise, or not at all, or some use is unsure."""
    holder = st.meta.parent(value)
    if not (
        isinstance(holder, cst.Assign)
        and len(holder.targets) == 1
        and isinstance(holder.targets[0].target, cst.Name)
    ):
        return None
    assignment = st.meta.assignment_of_target(holder.targets[0].target)
    return None if assignment is None else st.meta.uses_of(assignment)
