def log = new File(basedir, 'build.log').text
assert log.contains('regexguard found 2 findings at or above error, within maxAllowedViolations (2)') : 'invocation 1 passes'
assert log.contains('regexguard found 2 findings at or above error, more than the 1 allowed')
assert log.contains('BUILD FAILURE')
return true
