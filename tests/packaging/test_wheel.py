"""The package installs: the wheel built from this checkout, installed into a fresh virtualenv, holds everything
it reads (resources, SQL migrations, the user guide) and works from there — `init`, `demo`, `report form-a`,
`check` — without the checkout."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging  # about a minute; CI runs it (.ci/run), it is never skipped


def run(*args, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh venv (seeing the system's site-packages, so that no dependency is downloaded) with the wheel."""
    root = tmp_path_factory.mktemp("packaging")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", root / "dist", REPO, cwd=root)
    [wheel] = (root / "dist").glob("netralitas_desktop-*.whl")
    run(sys.executable, "-m", "venv", "--system-site-packages", root / "venv", cwd=root)
    python = root / "venv" / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=root)
    return root / "venv"


def test_the_installed_package_comes_from_the_venv_not_the_checkout(venv, tmp_path):
    code = ("import json, netralitas_desktop, netralitas_desktop.data.database as d; "
            "from netralitas_desktop.paths import resources_dir, user_guide; "
            "print(json.dumps([netralitas_desktop.__file__, str(resources_dir()), str(user_guide()), "
            "[m[1] for m in d.migrations()]]))")
    package, resources, guide, migrations = json.loads(run(venv / "bin" / "python", "-c", code, cwd=tmp_path).stdout)
    for path in (package, resources, guide):
        assert Path(path).is_relative_to(venv), path
        assert not Path(path).is_relative_to(REPO)
    assert migrations == sorted(p.name for p in (REPO / "netralitas_desktop/data/migrations").glob("*.sql"))
    # The guide shows its screenshots: every image it names is installed beside it.
    images = re.findall(r"\((screenshots/[^)\s]+\.png)\)", Path(guide).read_text(encoding="utf-8"))
    missing = [image for image in images if not (Path(guide).parent / image).is_file()]
    assert images and missing == [], f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"


def test_the_installed_command_line_makes_a_store_demo_data_a_form_a_and_checks_it(venv, tmp_path):
    netralitas = venv / "bin" / "netralitas"
    data = tmp_path / "data"
    run(netralitas, "--data-dir", data, "init", "--office-name", "Panwaslu Kecamatan Toboali", "--level", "kecamatan",
        "--region", "19.03.01", "--officer", "Rina Marlina", "--office-code", "19.03", cwd=tmp_path)
    run(netralitas, "--data-dir", data, "demo", "--findings", "20", cwd=tmp_path)
    findings = json.loads(run(netralitas, "--data-dir", data, "finding", "list", "--source", "temuan", "--json",
                              cwd=tmp_path).stdout)
    assert findings
    pdf = tmp_path / "form-a.pdf"
    run(netralitas, "--data-dir", data, "report", "form-a", findings[0]["id"], "-o", pdf, cwd=tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 10_000
    assert "dalam keadaan baik" in run(netralitas, "--data-dir", data, "check", cwd=tmp_path).stdout
