def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/com/acme/auth/Broken.java:7: [ProcessingError] syntax error')
assert log.contains('src/main/java/com/acme/auth/SignInDao.java:18:') : 'the good file is still analysed'
assert log.contains('[CaseInsensitiveEquality]')
assert !log.contains('at io.github.regexguard') : 'no stack trace'
return true
