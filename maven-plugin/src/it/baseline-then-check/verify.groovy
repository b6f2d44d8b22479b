import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'regexguard-baseline.json'))
assert baseline.tool == 'regexguard'
assert baseline.findings.size() == 1
assert baseline.findings[0].ruleId == 'CaseInsensitiveEquality'
assert baseline.findings[0].path == 'src/main/java/com/acme/auth/SignInDao.java'
assert !baseline.findings[0].containsKey('line') : 'no line numbers in a baseline'

def log = new File(basedir, 'build.log').text
assert log.contains('0 errors, 0 warnings, 0 notes (1 baselined)')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/regexguard/regexguard.sarif'))
assert sarif.runs[0].results*.baselineState == ['unchanged']
return true
