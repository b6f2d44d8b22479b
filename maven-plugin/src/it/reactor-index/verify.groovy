def log = new File(basedir, 'build.log').text
// The query in app is an error only because model declares the unique index; the message cites it.
assert log.contains('app/src/main/java/com/acme/app/Redemption.java:17:') || log.contains('src/main/java/com/acme/app/Redemption.java:17:')
assert log.contains('members.voucherCode is unique-indexed (Member.java:11)')
assert log.contains('regexguard found 1 finding at or above error')
assert log.contains('BUILD FAILURE')
// model is checked too and has no finding; app's findings are not reported for model.
def modelSarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'model/target/regexguard/regexguard.sarif'))
assert modelSarif.runs[0].results.isEmpty()
def appSarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'app/target/regexguard/regexguard.sarif'))
assert appSarif.runs[0].results*.ruleId == ['CaseInsensitiveEquality', 'CaseInsensitiveEquality']
assert appSarif.runs[0].results*.level == ['error', 'note']
return true
