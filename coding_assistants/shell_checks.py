"""The init script's own checks of the settings that reach the node, as one bash function.

Provisional: the rules are written here until the validation table renders them (issue 10, §3);
the contract stays the same. ``render()`` returns the text of ``ca_setting_problem NAME VALUE``,
which prints one line (``NAME: invalid format, got 'VALUE'; expected ...``) and returns 1 when
VALUE breaks NAME's rule, and prints nothing and returns 0 otherwise (also for a NAME it does not
know). Imports nothing from the project, so the init-script build stays framework-free.
"""

from __future__ import annotations

SHELL_RULES: tuple[tuple[str, str, str], ...] = (
    (
        "CLAUDE_MODEL",
        r"^[A-Za-z0-9][][A-Za-z0-9._:/@-]{0,199}$",
        "a model or endpoint name (letters, digits, . _ : / @ - [ ])",
    ),
    ("CLAUDE_SERVING_ENDPOINT", r"^[A-Za-z0-9_-]{1,63}$", "1-63 letters, digits, _ or -"),
    (
        "CLAUDE_CODE_VERSION",
        r"^(stable|latest|[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?)$",
        "stable, latest or X.Y.Z",
    ),
    (
        "MLFLOW_EXPERIMENT_NAME",
        r"^(/[^/[:cntrl:]]+)+$",
        "an absolute workspace path such as /Users/<you>/<name>",
    ),
    (
        "DATABRICKS_HOST",
        r"^(https://)?[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$",
        "the workspace URL https://<host>, without path, query or user info",
    ),
    ("CLAUDE_API_ROUTE", r"^(serving-endpoints|ai-gateway)$", "serving-endpoints or ai-gateway"),
)
"""(variable, bash extended regular expression, what is expected) for every checked setting."""


def render() -> str:
    """The bash text of ``ca_setting_problem``: one ``case`` arm per rule."""
    arms = []
    for name, pattern, expected in SHELL_RULES:
        arms.append(f"  {name}) re='{pattern}' expected='{expected}' ;;")
    return "\n".join(
        [
            "# ca_setting_problem NAME VALUE: prints why VALUE breaks NAME's rule and returns 1;",
            "# returns 0 silently when it does not (or NAME has no rule). Rendered by",
            "# coding_assistants/shell_checks.py.",
            "ca_setting_problem() {",
            "  local re expected",
            "  case $1 in",
            *arms,
            "  *) return 0 ;;",
            "  esac",
            "  [[ $2 =~ $re ]] && return 0",
            '  printf \'%s: invalid format, got %s; expected %s\\n\' "$1" "${2@Q}" "$expected"',
            "  return 1",
            "}",
            "",
        ]
    )
