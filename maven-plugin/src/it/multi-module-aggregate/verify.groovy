import groovy.json.JsonSlurper

def uris = { File sarif -> new JsonSlurper().parse(sarif).runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } }

def all = uris(new File(basedir, 'target/regexguard/regexguard.sarif'))
assert all == ['orders/src/main/java/com/acme/orders/OrderDao.java', 'users/src/main/java/com/acme/users/UserDao.java'] : all
assert uris(new File(basedir, 'users/target/regexguard/regexguard.sarif')) == ['users/src/main/java/com/acme/users/UserDao.java']
assert uris(new File(basedir, 'orders/target/regexguard/regexguard.sarif')) == ['orders/src/main/java/com/acme/orders/OrderDao.java']
def md = new File(basedir, 'target/regexguard/regexguard.md').text
assert md.startsWith('### regexguard: 1 error, 0 warnings, 1 note')

def log = new File(basedir, 'build.log').text
assert log.contains('regexguard: reports over 3 modules in ')
assert log.contains('BUILD SUCCESS')
return true
