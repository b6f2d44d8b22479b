def log = new File(basedir, 'build.log').text
assert log.contains('regexguard: skipped')
assert !log.contains('[CaseInsensitiveEquality]')
assert log.contains('BUILD SUCCESS')
return true
