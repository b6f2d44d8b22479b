def log = new File(basedir, 'build.log').text
assert log.contains('regexguard: bad.yml:2: unknown key \'identityField\'')
assert log.contains('src/main/java/com/acme/shop/VoucherDao.java:17:')
assert log.contains('voucher is an identity field with no declared index')
assert log.contains('regexguard found 1 finding at or above error')
return true
