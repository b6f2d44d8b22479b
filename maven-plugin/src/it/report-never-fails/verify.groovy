import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the report goal never fails on findings'
assert log.contains('src/main/java/com/acme/auth/SignInDao.java:13:')
assert log.contains('[UnexplainedSuppression] regexguard:ignore (CaseInsensitiveEquality) gives no reason')

def dir = new File(basedir, 'target/regexguard')
assert ['regexguard.sarif', 'regexguard.json', 'regexguard.html', 'regexguard.md'].every { new File(dir, it).isFile() }

def json = new JsonSlurper().parse(new File(dir, 'regexguard.json'))
assert json.totals.error == 1
assert json.suppressed.size() == 1
assert json.suppressed[0].suppression.kind == 'COMMENT'

def sarif = new JsonSlurper().parse(new File(dir, 'regexguard.sarif'))
assert sarif.runs[0].results.size() == 2
assert sarif.runs[0].results.count { it.suppressions?.getAt(0)?.kind == 'inSource' } == 1

assert new File(dir, 'regexguard.md').text.startsWith('### regexguard: 1 error, 0 warnings, 0 notes')
def html = new File(dir, 'regexguard.html').text
assert html.contains('<span class="count" id="total-error">1</span>')
assert html.contains('<mark>Filters.regex(&quot;email&quot;')
return true
