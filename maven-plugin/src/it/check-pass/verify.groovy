def log = new File(basedir, 'build.log').text
assert !log.contains('[CaseInsensitiveEquality]')
assert log.contains('regexguard: 0 errors, 0 warnings, 0 notes')
assert log.contains('BUILD SUCCESS')
return true
