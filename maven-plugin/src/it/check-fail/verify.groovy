def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/com/acme/auth/SignInDao.java:18:') : 'finding points at the sign-in line'
assert log.contains('[CaseInsensitiveEquality]')
assert log.contains('rewrite: Filters.eq("email", email.toLowerCase(Locale.ROOT))')
assert log.contains('regexguard found 1 finding at or above error')
assert log.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/regexguard/regexguard.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['CaseInsensitiveEquality']
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 18
return true
