#!/usr/bin/env python3
"""Staff work through the portal's own forms, as a browser does it (sign-in, antiforgery tokens, the
two-step Excel import), for scripts/cluster-check.sh:

  staff.py create-user BASE ADMIN_PASSWORD USER ROLE DEPARTMENT   prints the new user's password
  staff.py open BASE USER PASSWORD DEPARTMENT YEAR               opens a correction (or finds the open
                                                                 draft); prints its version number
  staff.py import BASE USER PASSWORD DEPARTMENT YEAR [--workbook FILE] [--kill PID --after MS]
      imports the draft's own template with one amount changed (+1.00): previews it, then applies it;
      with --workbook, the workbook kept in FILE (written there first when FILE does not exist), so that
      a second import writes the same; with --kill, kills PID that many milliseconds after sending the
      apply (the node answering it)

  staff.py cycle BASE EDITOR PASSWORD REVIEWER PASSWORD DEPARTMENT YEAR
      a correction from start to publication: the editor opens it, imports its own template unchanged,
      submits it (explaining each warning), and the reviewer publishes it; prints the seconds it took

BASE is a node's or nginx's address, e.g. http://127.0.0.1:5281. Exits 1 with a message when a step fails.
"""
import html
import http.cookiejar
import io
import os
import re
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, path, data=None, content_type=None, timeout=60):
        request = urllib.request.Request(self.base + path, data=data)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def get(self, path):
        status, body = self.request(path)
        if status != 200:
            fail(f"GET {path}: {status}")
        return body

    def post(self, path, fields, token_from):
        fields = list(fields) + [("__RequestVerificationToken", token(token_from))]
        return self.request(path, urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded")

    def post_file(self, path, fields, name, filename, content, token_from):
        boundary = uuid.uuid4().hex
        parts = []
        for key, value in list(fields) + [("__RequestVerificationToken", token(token_from))]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n'.encode()
                     + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request(path, b"".join(parts), f"multipart/form-data; boundary={boundary}")

    def sign_in(self, user, password):
        form = self.get("/staff/login")
        self.post("/staff/login", [("UserName", user), ("Password", password), ("ReturnUrl", "")], form)
        if b'name="Password"' in self.get("/staff"):
            fail(f"{user} could not sign in")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def token(page):
    found = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page)
    if not found:
        fail("no antiforgery token on the page")
    return found.group(1).decode()


def hidden(page, name):
    found = re.search(rb'name="' + name.encode() + rb'" value="([^"]*)"', page)
    if not found:
        fail(f"no {name} on the page")
    return html.unescape(found.group(1).decode())


def create_user(base, admin_password, user, role, department):
    browser = Browser(base)
    browser.sign_in("admin", admin_password)
    page = browser.get("/staff/admin/users")
    _, answer = browser.post("/staff/admin/users?handler=Create",
                             [("UserName", user), ("DisplayName", user), ("Roles", role), ("DepartmentCodes", department)], page)
    found = re.search(r"初始密码：(\S+?)（", answer.decode())
    if not found:
        fail("no password in the answer")
    print(found.group(1))


def open_draft(browser, department, year, comment="集群检查：导入中断"):
    """Opens a correction with the comment its readers see once it is published (or finds the open draft)."""
    workspace = f"/staff/disclosures/{department}/{year}"
    page = browser.get(workspace)
    if b"handler=Correct" in page:
        version = re.search(rb'name="Version" value="(\d+)"', page.split(b"handler=Correct", 1)[1]).group(1).decode()
        browser.post(f"{workspace}?handler=Correct", [("Version", version), ("Comment", comment)], page)
        page = browser.get(workspace)
    found = re.search(rf"/staff/disclosures/{re.escape(department)}/{year}/v(\d+)/import".encode(), page)
    if not found:
        fail("no open draft to import into")
    return int(found.group(1))


def changed_template(workbook):
    """The workbook with its first amount (a number with a decimal point) raised by 1.00."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    target = io.BytesIO()
    changed = False
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if not changed and item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                found = re.search(r"<(?:x:)?v>(\d+\.\d+)</(?:x:)?v>", text)
                if found:
                    raised = f"{float(found.group(1)) + 1:.2f}"
                    text = text[:found.start(1)] + raised + text[found.end(1):]
                    data = text.encode()
                    changed = True
            out.writestr(item, data)
    if not changed:
        fail("no amount in the template to change")
    return target.getvalue()


def preview_and_apply(browser, stem, workbook):
    """Uploads the workbook and applies what the preview offers; the apply's HTTP status."""
    form = browser.get(f"{stem}/import")
    status, preview = browser.post_file(f"{stem}/import?handler=Preview", [], "Workbook", "template.xlsx", workbook, form)
    if status != 200 or b'name="PartsJson"' not in preview:
        fail(f"the preview did not offer to import (HTTP {status})")
    fields = [("PartsJson", hidden(preview, "PartsJson")), ("Fingerprint", hidden(preview, "Fingerprint"))]
    return browser.post(f"{stem}/import?handler=Apply", fields, preview)[0]


def cycle(base, editor, editor_password, reviewer, reviewer_password, department, year):
    started = time.monotonic()
    browser = Browser(base)
    browser.sign_in(editor, editor_password)
    version = open_draft(browser, department, year, "脚本更正：重新导入本年度的决算表并发布")
    stem = f"/staff/disclosures/{department}/{year}/v{version}"
    if preview_and_apply(browser, stem, browser.get(f"{stem}/template.xlsx")) != 200:
        fail("the import was not applied")
    workspace = f"/staff/disclosures/{department}/{year}"
    page = browser.get(workspace)
    explanations = [(name, "负载测试：与上一版相同") for name in
                    sorted(set(html.unescape(n.decode()) for n in re.findall(rb'name="(Explanations\[[^"]+\])"', page)))]
    browser.post(f"{workspace}?handler=Submit", [("Version", str(version))] + explanations, page)
    reviewing = Browser(base)
    reviewing.sign_in(reviewer, reviewer_password)
    page = reviewing.get(workspace)
    if b"handler=Publish" not in page:
        fail(f"v{version} was not submitted for review")
    reviewing.post(f"{workspace}?handler=Publish", [("Version", str(version))], page)
    if b"handler=Publish" in reviewing.get(workspace):
        fail(f"v{version} was not published")
    print(f"v{version} published in {time.monotonic() - started:.1f} s")


def import_draft(base, user, password, department, year, kill=None, after_ms=0, kept=None):
    browser = Browser(base)
    browser.sign_in(user, password)
    version = open_draft(browser, department, year)
    stem = f"/staff/disclosures/{department}/{year}/v{version}"
    if kept and os.path.exists(kept):
        with open(kept, "rb") as file:
            workbook = file.read()
    else:
        workbook = changed_template(browser.get(f"{stem}/template.xlsx"))
        if kept:
            with open(kept, "wb") as file:
                file.write(workbook)
    if kill is None:
        print(f"applied: HTTP {preview_and_apply(browser, stem, workbook)}")
        return
    form = browser.get(f"{stem}/import")
    status, preview = browser.post_file(f"{stem}/import?handler=Preview", [], "Workbook", "template.xlsx", workbook, form)
    if status != 200 or b'name="PartsJson"' not in preview:
        fail(f"the preview did not offer to import (HTTP {status})")
    fields = [("PartsJson", hidden(preview, "PartsJson")), ("Fingerprint", hidden(preview, "Fingerprint"))]
    answer = {}

    def apply():
        try:
            answer["status"], _ = browser.post(f"{stem}/import?handler=Apply", fields, preview)
        except Exception as error:  # the node died under the request
            answer["error"] = type(error).__name__

    sender = threading.Thread(target=apply)
    sender.start()
    time.sleep(after_ms / 1000)
    os.kill(kill, signal.SIGKILL)
    sender.join(30)
    print(f"killed the node {after_ms} ms into the apply: {answer}")


def main(args):
    if len(args) >= 6 and args[0] == "create-user":
        create_user(*args[1:6])
    elif len(args) >= 6 and args[0] == "open":
        browser = Browser(args[1])
        browser.sign_in(args[2], args[3])
        print(open_draft(browser, args[4], int(args[5])))
    elif len(args) >= 8 and args[0] == "cycle":
        cycle(args[1], args[2], args[3], args[4], args[5], args[6], int(args[7]))
    elif len(args) >= 6 and args[0] == "import":
        kill = int(args[args.index("--kill") + 1]) if "--kill" in args else None
        after = int(args[args.index("--after") + 1]) if "--after" in args else 0
        kept = args[args.index("--workbook") + 1] if "--workbook" in args else None
        import_draft(args[1], args[2], args[3], args[4], int(args[5]), kill, after, kept)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
