"""Accessibility checks shared by the widget's and the dashboard's browser tests (WCAG 2.2 AA).

axe-core with the 2.2 rules, and two checks axe can't make: that a focused control is never
entirely hidden (2.4.11 Focus Not Obscured, e.g. behind a sticky header at 200% zoom) and that
every pointer target is at least 24 by 24 CSS pixels (2.5.8 Target Size, Minimum; links inside a
sentence are exempt, as the criterion says).
"""
from __future__ import annotations

from typing import Dict, List

from tests.conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_DEEP = """
  const deep = (root) => {
    const found = [];
    for (const node of root.querySelectorAll("*")) {
      found.push(node);
      if (node.shadowRoot) found.push(...deep(node.shadowRoot));
    }
    return found;
  };
  const visible = (node) => {
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };
  const describe = (node) => node.tagName.toLowerCase() + (node.className ? "." + String(node.className).split(" ").join(".") : "")
    + ` "${(node.textContent || node.getAttribute("aria-label") || node.name || "").trim().slice(0, 30)}"`;
"""


def axe_violations(page, tags: List[str] = WCAG22_AA + ["best-practice"]) -> List[Dict[str, object]]:  # noqa: ANN001
    """Every axe-core violation on the page for ``tags`` (by default WCAG 2.2 A and AA)."""
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    settle(page)
    return page.evaluate(
        """async (tags) => (await axe.run(document, { runOnly: { type: "tag", values: tags } })).violations
            .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }))""",
        tags,
    )


def settle(page) -> None:  # noqa: ANN001
    """Waits for every finite CSS animation and transition (in the page and its shadow roots) to end.

    axe measures colours as painted: a panel still fading in (160 ms) has half-transparent text and
    reads as failing contrast, a false failure that depends on the machine's speed. Endless
    animations (the typing dots) are left running; reduced motion is not assumed, because most
    people don't set it.
    """
    page.evaluate(
        "async () => {" + _DEEP + """
            // document.getAnimations() doesn't include shadow trees (Chromium keeps each tree
            // scope's animations to itself), so each open shadow root is asked too.
            const scopes = [document, ...deep(document).filter((node) => node.shadowRoot).map((node) => node.shadowRoot)];
            const running = scopes.flatMap((scope) => scope.getAnimations()).filter(
                (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
            await Promise.all(running.map((a) => a.finished.catch(() => null)));
            return running.length;
        }"""
    )


def small_targets(page) -> List[str]:  # noqa: ANN001
    """Visible controls smaller than 24x24 CSS px (in the page and in open shadow roots)."""
    return page.evaluate(
        "() => {" + _DEEP + r"""
        const controls = deep(document).filter((node) => node.matches(
            "a[href], button, input:not([type=hidden]), textarea, select, [role=button], summary") && visible(node));
        return controls.filter((node) => {
            const box = node.getBoundingClientRect();
            // 2.5.8's inline exception: a link inside a sentence is sized by the text around it
            // (a link alone in its list item or paragraph is not in a sentence, and must be 24 px).
            const text = (n) => (n.textContent || "").replace(/\s+/g, " ").trim();
            if (node.tagName === "A" && getComputedStyle(node).display === "inline"
                && text(node.parentElement).length > text(node).length + 3) return false;
            return box.width < 24 || box.height < 24;
        }).map((node) => { const b = node.getBoundingClientRect(); return `${describe(node)} ${b.width}x${b.height}`; });
        }"""
    )


def focus_obscured(page, presses: int = 60, within: str = "") -> List[str]:  # noqa: ANN001
    """Tabs through the page; every focused control that something else covers entirely (only
    controls inside the element ``within`` names, if given)."""
    hidden: List[str] = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        found = page.evaluate(
            "(within) => {" + _DEEP + """
            if (within && !document.activeElement.matches(within)) return null;
            let node = document.activeElement;
            while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
            if (!node || node === document.body) return null;
            const box = node.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) return null;
            const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]]
                .map(([x, y]) => [box.left + box.width * x, box.top + box.height * y])
                .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
            const topmost = (x, y) => {
                let hit = document.elementFromPoint(x, y);
                while (hit && hit.shadowRoot) {
                    const inner = hit.shadowRoot.elementFromPoint(x, y);
                    if (!inner || inner === hit) break;
                    hit = inner;
                }
                return hit;
            };
            const seen = points.some(([x, y]) => { const hit = topmost(x, y); return hit && (hit === node || node.contains(hit)); });
            return seen ? "" : describe(node);
            }""",
            within,
        )
        if found:
            hidden.append(found)
    return sorted(set(hidden))
