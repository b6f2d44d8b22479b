def log = new File(basedir, 'build.log').text
assert log.contains('[CaseInsensitiveEquality]') : 'the finding is still reported'
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/regexguard/regexguard.sarif').isFile()
return true
