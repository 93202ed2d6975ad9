<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="182"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="182"/>
        <source>Ubah akun {username}</source>
        <translation>Edit account {username}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="187"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="190"/>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="194"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="199"/>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="200"/>
        <source>Petugas magang: pengaduannya menunggu persetujuan supervisor</source>
        <translation>Trainee clerk: their complaints wait for a supervisor&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="204"/>
        <source>&amp;Kata sandi awal</source>
        <translation>Initial pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="205"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="206"/>
        <source>Petugas diminta mengganti kata sandi awal ini saat pertama masuk.</source>
        <translation>The clerk is asked to change this initial password at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="209"/>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="85"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="85"/>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="87"/>
        <source>dikunci sampai {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="91"/>
        <source> · harus ganti kata sandi</source>
        <translation> · must change password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="128"/>
        <source>Akun dibuat.</source>
        <translation>Account created.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="140"/>
        <source>Akun diubah.</source>
        <translation>Account updated.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="155"/>
        <source>Kata sandi {username} diatur ulang; kuncinya dibuka.</source>
        <translation>Password for {username} reset; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="176"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="177"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="178"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="179"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="180"/>
        <source>Magang</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="181"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="184"/>
        <source>&amp;Tambah akun…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="185"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_view.py" line="186"/>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../ui/intake/actions.py" line="35"/>
        <source>Simpan &amp;draf</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="36"/>
        <source>Simpan apa adanya (Ctrl+S)</source>
        <translation>Save as it is (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="37"/>
        <source>&amp;Catat pengaduan</source>
        <translation>&amp;Record complaint</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="38"/>
        <source>Periksa lalu catat dan terbitkan tanda terima (Ctrl+Enter)</source>
        <translation>Check, then record and issue a receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="39"/>
        <source>&amp;Formulir baru</source>
        <translation>Ne&amp;w form</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="41"/>
        <source>Cetak tanda te&amp;rima</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="40"/>
        <source>Kosongkan formulir untuk pelapor berikutnya (Ctrl+N)</source>
        <translation>Empty the form for the next reporter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="42"/>
        <source>Cetak tanda terima pengaduan yang baru dicatat (Ctrl+P)</source>
        <translation>Print the receipt of the complaint just recorded (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/actions.py" line="43"/>
        <source>Simpan tanda terima (PDF)</source>
        <translation>Save receipt (PDF)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="245"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="246"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="247"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="248"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="254"/>
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="255"/>
        <source>Admin pertama meja ini; admin lalu membuat akun petugas dan supervisor.</source>
        <translation>This desk&apos;s first admin; the admin then creates the clerk and supervisor accounts.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="65"/>
        <source>Tambah berka&amp;s…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="66"/>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="67"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="68"/>
        <source>Tambah berkas lampiran</source>
        <translation>Add an attachment file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="73"/>
        <source>Pilih berkas lampiran</source>
        <translation>Choose attachment files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments_panel.py" line="76"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AttemptTable</name>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="53"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="54"/>
        <source>Permintaan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="57"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="55"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="56"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="87"/>
        <source>Permintaan: {request}</source>
        <translation>Request: {request}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="88"/>
        <source>HTTP: {status}</source>
        <translation>HTTP: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="89"/>
        <source>Hasil (kode): {outcome}</source>
        <translation>Result (code): {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="90"/>
        <source>Jenis masalah: {problem}</source>
        <translation>Problem type: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="91"/>
        <source>Pesan: {message}</source>
        <translation>Message: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="92"/>
        <source>Lama: {ms} ms</source>
        <translation>Took: {ms} ms</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="93"/>
        <source>ID permintaan server: {rid}</source>
        <translation>Server request ID: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="101"/>
        <source>Rincian teknis</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="58"/>
        <source>Lama (ms)</source>
        <translation>Duration (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="59"/>
        <source>ID permintaan server</source>
        <translation>Server request ID</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="62"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_history.py" line="64"/>
        <source>Riwayat kirim ke pusat</source>
        <translation>Sending history</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="198"/>
        <source>(konsol-it)</source>
        <translation>(IT console)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="208"/>
        <source>{count} entri ditampilkan.</source>
        <translation>{count} entries shown.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="214"/>
        <source>Sasaran: {target}
Tindakan (kode): {action}
Rincian: {detail}</source>
        <translation>Target: {target}
Action (code): {action}
Detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="223"/>
        <source>Rincian teknis</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="248"/>
        <source>Memeriksa rantai jejak audit…</source>
        <translation>Checking the audit trail chain…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="258"/>
        <source>Rantai utuh: {count} entri diperiksa, tidak ada yang diubah atau dihapus.</source>
        <translation>Chain intact: {count} entries checked, none changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="267"/>
        <source>Jejak audit telah diubah di luar aplikasi ({count} masalah):</source>
        <translation>The audit trail was changed outside the application ({count} problems):</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="272"/>
        <source>…dan {more} lagi.</source>
        <translation>…and {more} more.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="282"/>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="285"/>
        <source>&amp;Tindakan</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="286"/>
        <source>&amp;Pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="287"/>
        <source>Sa&amp;saran</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="288"/>
        <source>mis. complaint:12 atau account:budi</source>
        <translation>e.g. complaint:12 or account:budi</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="289"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="290"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="291"/>
        <source>Muat lagi</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="292"/>
        <source>Periksa &amp;rantai</source>
        <translation>Verify c&amp;hain</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="295"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="296"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="297"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="298"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="299"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/audit_view.py" line="300"/>
        <source>Uraian</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="119"/>
        <source>Simpan cadangan ke</source>
        <translation>Save the backup to</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="134"/>
        <source>Cadangan lapor-desk ({patterns});;Semua berkas (*)</source>
        <translation>lapor-desk backups ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="125"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="202"/>
        <source>Cadangan database</source>
        <translation>Database backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="204"/>
        <source>Simpan ke (kosong = folder cadangan)</source>
        <translation>Save to (empty = the backup folder)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="205"/>
        <source>Enkripsi</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="206"/>
        <source>Kata sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="207"/>
        <source>Ulangi kata sandi</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="208"/>
        <source>Pulihkan dari berkas</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="212"/>
        <source>untuk dibawa keluar (flashdisk)</source>
        <translation>to take off the PC (USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="213"/>
        <source>Cadangan dari meja lain (kode meja berbeda)</source>
        <translation>A backup from another desk (a different desk code)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="214"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="215"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="216"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="218"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="219"/>
        <source>Pilih tempat menyimpan cadangan</source>
        <translation>Choose where to save the backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="220"/>
        <source>Pilih berkas cadangan untuk dipulihkan</source>
        <translation>Choose the backup file to restore</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="261"/>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="279"/>
        <source>Cadangan tersimpan dan sudah diperiksa: {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="292"/>
        <source>Database meja akan diganti dengan {file}. Berkas sekarang disimpan di folder cadangan. Aplikasi ditutup sesudahnya. Lanjutkan?</source>
        <translation>The desk database will be replaced with {file}. The current file is kept in the backup folder. The application closes afterwards. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="319"/>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="325"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="345"/>
        <source>Database dipulihkan dari {file} ({count} pengaduan). Buka lapor-desk lagi.</source>
        <translation>Database restored from {file} ({count} complaints). Open lapor-desk again.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="49"/>
        <source>Impor hari tutup</source>
        <translation>Import closure days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="51"/>
        <source>Daftar tanggal (*.csv *.txt);;Semua berkas (*)</source>
        <translation>Date lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="181"/>
        <source>Hari kerja meja: Senin–Jumat, kecuali libur nasional dan cuti bersama menurut SKB 3 Menteri, dan hari tutup yang ditambahkan di sini. Setiap perubahan menggeser tenggat pengaduan yang masih berjalan.</source>
        <translation>The desk&apos;s working days: Monday to Friday, except national holidays and joint leave days set by the three ministers&apos; decree (SKB 3 Menteri), and the closures added here. Every change moves the deadlines of open complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="186"/>
        <source>Hari tutup meja (cuti bersama, tutup daerah)</source>
        <translation>Desk closure days (joint leave, regional closures)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="187"/>
        <location filename="../../ui/admin/calendar_view.py" line="210"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="187"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="187"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="188"/>
        <source>Hari tutup meja</source>
        <translation>Desk closure days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="189"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="190"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="191"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="192"/>
        <source>mis. HUT Kabupaten, banjir</source>
        <translation>e.g. regency anniversary, flood</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="198"/>
        <source>T&amp;ambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="199"/>
        <source>&amp;Hapus yang dipilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="200"/>
        <source>&amp;Impor dari berkas…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="203"/>
        <source>Satu tanggal per baris: tanggal,jenis,keterangan, mis. 2026-12-31,tutup_daerah,HUT Kabupaten. Jenis: cuti_bersama atau tutup_daerah.</source>
        <translation>One date per line: date,type,note, e.g. 2026-12-31,tutup_daerah,Regency anniversary. Type: cuti_bersama or tutup_daerah.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="207"/>
        <source>Baris yang salah</source>
        <translation>Lines with errors</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="208"/>
        <source>Libur nasional dan cuti bersama</source>
        <translation>National holidays and joint leave</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="209"/>
        <source>Tahu&amp;n:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="210"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="211"/>
        <source>Libur nasional</source>
        <translation>National holidays</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="213"/>
        <source>Cuti bersama atau libur yang belum ada di daftar ini: tambahkan sebagai hari tutup.</source>
        <translation>Joint leave or holidays missing from this list: add them as closure days.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="218"/>
        <source>Cuti bersama</source>
        <translation>Joint leave</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="218"/>
        <source>Tutup daerah</source>
        <translation>Regional closure</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="271"/>
        <source>Tidak ada lagi tahun ini</source>
        <translation>No more this year</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="273"/>
        <source>Tidak ada data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="313"/>
        <source>Ditambahkan: {day}.</source>
        <translation>Added: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="315"/>
        <source>Tanggal {day} sudah ada di daftar.</source>
        <translation>{day} is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="325"/>
        <source>Dihapus: {day}.</source>
        <translation>Removed: {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calendar_view.py" line="325"/>
        <source>Tanggal {day} sudah tidak ada di daftar.</source>
        <translation>{day} is no longer in the list.</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="108"/>
        <source>https://pusat.example/api/v1</source>
        <translation>https://central.example/api/v1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="113"/>
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="116"/>
        <source>Hasil uji koneksi</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="124"/>
        <source>Alamat pusat</source>
        <translation>Central address</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="125"/>
        <source>Token meja</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="135"/>
        <source>Pusat LAPOR!</source>
        <translation>LAPOR! central</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="138"/>
        <source>Alamat dan token meja dari admin pusat. Kosongkan keduanya untuk mendaftar nanti (perintah lapor-desk register).</source>
        <translation>The address and desk token from the central&apos;s admin. Leave both empty to register later (the lapor-desk register command).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="169"/>
        <source>Menghubungi pusat…</source>
        <translation>Contacting the central…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="147"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="151"/>
        <source>Admin mengatur ulang kata sandi Anda. Buat kata sandi baru sebelum melanjutkan; Batal berarti keluar akun.</source>
        <translation>An admin reset your password. Choose a new one before you go on; Cancel signs you out.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="156"/>
        <source>Kata sandi &amp;lama</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="157"/>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="158"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Confirm new password</translation>
    </message>
</context>
<context>
    <name>ColumnFit</name>
    <message>
        <location filename="../../ui/queue/column_widths.py" line="150"/>
        <source>Atur ulang lebar kolom</source>
        <translation>Reset column widths</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="69"/>
        <source>Pengaduan {receipt}</source>
        <translation>Complaint {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="69"/>
        <source>(draf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="102"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="105"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="105"/>
        <source>(belum, masih draf)</source>
        <translation>(none yet, still a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="77"/>
        <location filename="../../ui/queue/complaint_view.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="107"/>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="108"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="109"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="110"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="111"/>
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="112"/>
        <source>Lokasi kejadian</source>
        <translation>Incident location</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="114"/>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="115"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="99"/>
        <location filename="../../ui/queue/complaint_view.py" line="100"/>
        <source>Instansi tujuan</source>
        <translation>Target agency</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="93"/>
        <source>Belum diketahui</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="116"/>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="117"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="118"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="119"/>
        <source>Nomor LAPOR!</source>
        <translation>LAPOR! number</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="119"/>
        <source>Belum (menunggu kirim ke pusat)</source>
        <translation>Not yet (waiting to be sent to the central)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="122"/>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="81"/>
        <location filename="../../ui/queue/complaint_view.py" line="296"/>
        <source>Tenggat berikutnya</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="74"/>
        <source>Sekilas</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="76"/>
        <source>Data latihan (tidak dikirim)</source>
        <translation>Training data (not sent)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="84"/>
        <source>{when} — {text}</source>
        <translation>{when} — {text}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="88"/>
        <source>Belum ada tindak lanjut dari pusat</source>
        <translation>No follow-up from the central yet</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="90"/>
        <location filename="../../ui/queue/complaint_view.py" line="91"/>
        <source>Tindak lanjut terakhir</source>
        <translation>Latest follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="95"/>
        <source>{agency} (diteruskan oleh pusat)</source>
        <translation>{agency} (forwarded by the central)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="113"/>
        <location filename="../../ui/queue/complaint_view.py" line="125"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="134"/>
        <location filename="../../ui/queue/complaint_view.py" line="135"/>
        <source>Isi / kronologi</source>
        <translation>Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="137"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="140"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="141"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="142"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="143"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="144"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="145"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="146"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="147"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="148"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="149"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="150"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="151"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="152"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="157"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="157"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="157"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="165"/>
        <location filename="../../ui/queue/complaint_view.py" line="202"/>
        <source>Riwayat</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="179"/>
        <source>(nomor LAPOR! {tracking})</source>
        <translation>(LAPOR! number {tracking})</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="182"/>
        <source>(keterangan tambahan)</source>
        <translation>(supplement)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="185"/>
        <source>(kepuasan {rating}/5)</source>
        <translation>(satisfaction {rating}/5)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="190"/>
        <location filename="../../ui/queue/complaint_view.py" line="200"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="198"/>
        <source>Tidak ada lampiran</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="208"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="211"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="216"/>
        <source>Cetak ulang tan&amp;da terima</source>
        <translation>Reprint rece&amp;ipt</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="218"/>
        <source>&amp;Catat tanggapan pelapor</source>
        <translation>Record reporter&apos;s &amp;reply</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="217"/>
        <source>Simpan tanda terima (&amp;PDF)</source>
        <translation>Save receipt (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="224"/>
        <source>Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja tidak diterima lagi. Keterangan baru dari pelapor dikirim sebagai keterangan tambahan.</source>
        <translation>The central is already handling this complaint ({status}); desk changes are no longer accepted. New information from the reporter goes as a supplement.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="230"/>
        <source>Tambah &amp;keterangan</source>
        <translation>Add a &amp;supplement</translation>
    </message>
    <message>
        <location filename="../../ui/queue/complaint_view.py" line="246"/>
        <source>Riwayat kirim ke pusat</source>
        <translation>Sending history</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="262"/>
        <source>Dasbor hanya untuk supervisor dan admin.</source>
        <translation>The dashboard is for supervisors and admins only.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="268"/>
        <source>Angka periode ini tidak dapat dimuat.</source>
        <translation>This period&apos;s figures could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="289"/>
        <source>Periode {start} s.d. {end} · {count} pengaduan (tanpa draf)</source>
        <translation>Period {start} to {end} · {count} complaints (excluding drafts)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="297"/>
        <source>Tidak ada pengaduan yang diterima pada periode ini.</source>
        <translation>No complaints were received in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="301"/>
        <source>Menurut status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="302"/>
        <source>Menurut kanal</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="303"/>
        <source>Menurut jenis laporan</source>
        <translation>By report type</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="305"/>
        <source>Sangat puas (5)</source>
        <translation>Very satisfied (5)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="306"/>
        <source>Puas (4)</source>
        <translation>Satisfied (4)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="307"/>
        <source>Cukup (3)</source>
        <translation>Fair (3)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="308"/>
        <source>Kurang puas (2)</source>
        <translation>Dissatisfied (2)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="309"/>
        <source>Tidak puas (1)</source>
        <translation>Very dissatisfied (1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="312"/>
        <source>Penilaian pelapor</source>
        <translation>Reporters&apos; ratings</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="315"/>
        <source>Topik terbanyak</source>
        <translation>Top topics</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="317"/>
        <source>Kecamatan terbanyak</source>
        <translation>Top districts</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="325"/>
        <source>{title} ({shown} dari {count})</source>
        <translation>{title} ({shown} of {count})</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="343"/>
        <source>Tidak diisi</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="350"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="358"/>
        <source>{days} HK</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="361"/>
        <source>{mean} dari 5</source>
        <translation>{mean} of 5</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="365"/>
        <source>Selesai: {completed}</source>
        <translation>Completed: {completed}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="366"/>
        <source>Selesai dibagi semua pengaduan periode ini</source>
        <translation>Completed out of all complaints in this period</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="368"/>
        <source>Tepat waktu {on_time}, terlambat {late}, belum ditindaklanjuti dan lewat tenggat {open}; belum jatuh tempo {pending}</source>
        <translation>On time {on_time}, late {late}, not followed up and overdue {open}; not yet due {pending}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="373"/>
        <source>Dari {count} pengaduan yang sudah ditindaklanjuti</source>
        <translation>Of {count} complaints with a follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="376"/>
        <source>Dari {count} penilaian pelapor</source>
        <translation>Of {count} reporter ratings</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="379"/>
        <source>Pengaduan periode ini yang kini lewat tenggat</source>
        <translation>Complaints from this period that are now overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="413"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="414"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="415"/>
        <source>Pemuda</source>
        <translation>Youth</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="416"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="417"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="418"/>
        <source>Pendampingan</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="425"/>
        <source>Pemuda (16-30 tahun)</source>
        <translation>Youth (16-30 years)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="425"/>
        <source>Bukan pemuda</source>
        <translation>Not youth</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="426"/>
        <source>Didampingi</source>
        <translation>With a companion</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="426"/>
        <source>Tidak didampingi</source>
        <translation>Without a companion</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="448"/>
        <source>&amp;Rentang</source>
        <translation>&amp;Range</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="449"/>
        <source>B&amp;ulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="450"/>
        <source>Ta&amp;hun</source>
        <translation>Ye&amp;ar</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="463"/>
        <source>Muat u&amp;lang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="452"/>
        <source>Satu bulan</source>
        <translation>One month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="452"/>
        <source>12 bulan terakhir</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="462"/>
        <source>12 bulan terakhir: dua belas bulan sampai dengan bulan yang dipilih</source>
        <translation>Last 12 months: the twelve months up to the chosen month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="464"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="465"/>
        <source>Sedang menghitung angka</source>
        <translation>Calculating the figures</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="466"/>
        <source>&amp;Ekspor rekap bulanan…</source>
        <translation>&amp;Export monthly recap…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="468"/>
        <source>Jumlah pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="469"/>
        <source>Tingkat penyelesaian</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="470"/>
        <source>Kepatuhan tenggat tindak lanjut pertama</source>
        <translation>First follow-up on time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="471"/>
        <source>Median hari kerja sampai tindak lanjut pertama</source>
        <translation>Median working days to first follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="472"/>
        <source>Rata-rata kepuasan pelapor</source>
        <translation>Average reporter satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="473"/>
        <source>Lewat tenggat saat ini</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="480"/>
        <source>Data inklusi</source>
        <translation>Inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="481"/>
        <source>Menurut desa/kelurahan</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="485"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="485"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="485"/>
        <location filename="../../ui/supervision/dashboard.py" line="486"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="486"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="486"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/dashboard.py" line="488"/>
        <source>Angka 1 sampai 4 ditampilkan sebagai &quot;&lt;5&quot; agar tidak ada warga yang dapat dikenali.</source>
        <translation>Counts of 1 to 4 are shown as &quot;&lt;5&quot; so that no citizen can be identified.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="77"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_safety.py" line="78"/>
        <source>Cadangkan dan pulihkan…</source>
        <translation>Back up and restore…</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/admin/office_page.py" line="40"/>
        <source>Satu PC (data di PC ini)</source>
        <translation>One PC (data on this PC)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="41"/>
        <source>Kantor (PostgreSQL bersama)</source>
        <translation>Office (shared PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="47"/>
        <source>mis. server-kantor atau 192.168.1.10</source>
        <translation>e.g. office-server or 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="56"/>
        <source>mis. L1</source>
        <translation>e.g. L1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="57"/>
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="62"/>
        <source>Hasil uji koneksi</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="66"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="67"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="68"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="69"/>
        <source>Akun database</source>
        <translation>Database role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="70"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="73"/>
        <source>Kode loket PC ini</source>
        <translation>This PC&apos;s counter code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="97"/>
        <source>Tempat data</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="100"/>
        <source>Satu PC menyimpan datanya sendiri. Di kantor dengan beberapa loket, semua loket mencatat ke satu PostgreSQL: isi alamat server dari petugas TI dan kode loket ini.</source>
        <translation>One PC keeps its own data. In an office with several counters, every counter records into one PostgreSQL: enter the server&apos;s address from the IT officer and this counter&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/office_page.py" line="149"/>
        <source>Menghubungi server database…</source>
        <translation>Contacting the database server…</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/common/labels.py" line="82"/>
        <source>lewat tenggat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="84"/>
        <source>lewat {days} HK</source>
        <translation>{days} WD overdue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="85"/>
        <source>lewat {days} hari kerja</source>
        <translation>{days} working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="87"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="89"/>
        <source>besok</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="91"/>
        <source>sebelum hari kerja berikutnya</source>
        <translation>before the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="93"/>
        <source>{days} HK lagi</source>
        <translation>in {days} WD</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="94"/>
        <source>{days} hari kerja lagi</source>
        <translation>in {days} working days</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="110"/>
        <source>{stage}: jatuh tempo {date} ({when}) — {state}</source>
        <translation>{stage}: due {date} ({when}) — {state}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="50"/>
        <source>Mungkin sudah pernah dilaporkan:</source>
        <translation>Possibly reported before:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="51"/>
        <source>Tandai sebagai &amp;duplikat</source>
        <translation>Mark as &amp;duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="52"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="53"/>
        <source>Batalkan tanda duplikat</source>
        <translation>Undo duplicate mark</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="54"/>
        <source>Pengaduan serupa</source>
        <translation>Similar complaints</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="58"/>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="58"/>
        <source>telepon sama</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="58"/>
        <source>judul mirip</source>
        <translation>similar title</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicates_panel.py" line="89"/>
        <source>Ditandai sebagai duplikat dari {receipt}</source>
        <translation>Marked as a duplicate of {receipt}</translation>
    </message>
</context>
<context>
    <name>EnumCombo</name>
    <message>
        <location filename="../../ui/intake/editors.py" line="113"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>FontSizeMenu</name>
    <message>
        <location filename="../../ui/common/font_size.py" line="99"/>
        <source>&amp;Ukuran huruf</source>
        <translation>&amp;Text size</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="131"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <location filename="../../ui/shell/help_guide.py" line="119"/>
        <source>Petugas</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_guide.py" line="120"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_guide.py" line="121"/>
        <source>Admin dan TI</source>
        <translation>Admin and IT</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_guide.py" line="133"/>
        <source>Panduan lapor-desk</source>
        <translation>lapor-desk guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="170"/>
        <source>Impor pengaduan lama</source>
        <translation>Import old complaints</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="171"/>
        <source>Berkas CSV, JSONL atau XLSX</source>
        <translation>A CSV, JSONL or XLSX file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="172"/>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="173"/>
        <source>Simpan hanya jika semua baris benar</source>
        <translation>Save only if every row is good</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="174"/>
        <source>&amp;Periksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="175"/>
        <source>&amp;Impor baris yang benar</source>
        <translation>&amp;Import the good rows</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="176"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="177"/>
        <source>Baris pertama:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="178"/>
        <source>Masalah:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="182"/>
        <source>Pilih berkas</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="182"/>
        <source>Data pengaduan (*.csv *.jsonl *.ndjson *.xlsx)</source>
        <translation>Complaint data (*.csv *.jsonl *.ndjson *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="204"/>
        <source>{rows} baris diperiksa…</source>
        <translation>{rows} rows checked…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="204"/>
        <source>{rows} pengaduan disimpan…</source>
        <translation>{rows} complaints saved…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="212"/>
        <source>Pilih berkas dulu.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="255"/>
        <location filename="../../ui/admin/import_dialog.py" line="269"/>
        <source>ID di berkas</source>
        <translation>ID in the file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="255"/>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="269"/>
        <location filename="../../ui/admin/import_dialog.py" line="273"/>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="273"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="273"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="284"/>
        <source>Diperiksa; belum diimpor</source>
        <translation>Checked; nothing imported yet</translation>
    </message>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="286"/>
        <source>Diperiksa: {rows} baris; {bad} bermasalah. Belum ada yang disimpan.</source>
        <translation>Checked: {rows} rows; {bad} with problems. Nothing saved yet.</translation>
    </message>
</context>
<context>
    <name>ImportUi</name>
    <message>
        <location filename="../../ui/admin/import_dialog.py" line="96"/>
        <source>&amp;Impor pengaduan lama…</source>
        <translation>&amp;Import old complaints…</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/editors.py" line="69"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="70"/>
        <source>Lokasi dan tujuan</source>
        <translation>Location and target</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="71"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="72"/>
        <source>Data inklusi (opsional, dengan persetujuan)</source>
        <translation>Inclusion data (optional, with consent)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="73"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="34"/>
        <source>&amp;Jenis laporan</source>
        <translation>Report &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="35"/>
        <source>K&amp;anal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="36"/>
        <source>J&amp;udul</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="37"/>
        <source>&amp;Isi / kronologi</source>
        <translation>&amp;Body / chronology</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="38"/>
        <source>&amp;Tanggal kejadian</source>
        <translation>Incident &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="39"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="40"/>
        <source>&amp;Lokasi kejadian</source>
        <translation>Incident &amp;location</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="41"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="42"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="43"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="44"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="45"/>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="46"/>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="47"/>
        <source>Kategori (topik)</source>
        <translation>Category (topic)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="48"/>
        <source>Instansi tujuan (boleh kosong)</source>
        <translation>Target agency (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="49"/>
        <source>&amp;Nama sesuai KTP</source>
        <translation>&amp;Name as on the ID card</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="50"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="51"/>
        <source>Tele&amp;pon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="52"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="53"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="54"/>
        <source>Anonim (identitas dirahasiakan)</source>
        <translation>Anonymous (identity withheld)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="55"/>
        <source>Rahasia (isi tidak dipublikasikan)</source>
        <translation>Confidential (content not published)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="56"/>
        <source>Pelapor setuju data pribadinya diproses</source>
        <translation>Reporter consents to processing of personal data</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="57"/>
        <source>Pelapor setuju memberi data inklusi</source>
        <translation>Reporter consents to giving inclusion data</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="58"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="59"/>
        <source>Kelompok usia</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="60"/>
        <source>Pelapor setuju memberi data disabilitas</source>
        <translation>Reporter consents to giving disability data</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="61"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="62"/>
        <source>Jenis disabilitas</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="63"/>
        <source>Kebutuhan aksesibilitas</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="64"/>
        <source>Datang dengan pendamping</source>
        <translation>Came with a companion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="65"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="66"/>
        <source>NIP petugas</source>
        <translation>Officer NIP</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="197"/>
        <source>NIK tersimpan disembunyikan. Biarkan untuk tetap memakainya, atau ketik NIK baru untuk menggantinya.</source>
        <translation>The stored NIK is hidden. Leave it to keep it, or type a new NIK to replace it.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="201"/>
        <source>Mengubah {receipt}</source>
        <translation>Editing {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="202"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="326"/>
        <source>Tunggu sebentar: penyimpanan masih berjalan.</source>
        <translation>One moment: a save is still under way.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="336"/>
        <source>Tunggu sebentar: lampiran masih diperiksa.</source>
        <translation>One moment: the attachments are still being checked.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="360"/>
        <source>Pengaduan tercatat. Nomor tanda terima: {receipt}</source>
        <translation>Complaint recorded. Receipt number: {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="371"/>
        <source>Draf #{id} tersimpan.</source>
        <translation>Draft #{id} saved.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="382"/>
        <source>Gagal menyimpan: {error}. Isian formulir tetap ada.</source>
        <translation>Could not save: {error}. The form keeps what was typed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="390"/>
        <source>Periksa {count} isian yang ditandai.</source>
        <translation>Check the {count} marked fields.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_form.py" line="435"/>
        <source>Belum ada pengaduan yang baru dicatat di formulir ini. Tanda terima dicetak setelah pengaduan dicatat (Catat pengaduan, Ctrl+Enter).</source>
        <translation>No complaint has been recorded on this form yet. The receipt is printed after the complaint is recorded (Record complaint, Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/field_sheet.py" line="92"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/intake/field_sheet.py" line="93"/>
        <source>Nomor tanda terima kertas</source>
        <translation>Paper receipt nu&amp;mber</translation>
    </message>
    <message>
        <location filename="../../ui/intake/field_sheet.py" line="95"/>
        <source>Hanya untuk pengaduan dari tanda terima kertas</source>
        <translation>Only for a complaint given a paper receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/field_sheet.py" line="98"/>
        <source>Isi bila warga menerima nomor dari blok nomor kertas saat server kantor mati. Isi juga Diterima dengan tanggal dan jam yang tertulis di kertas.</source>
        <translation>Fill in when the citizen was given a number from the paper number block while the office server was down. Also set Received to the date and time written on the paper.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/field_sheet.py" line="108"/>
        <source>K&amp;oordinat (lintang dan bujur)</source>
        <translation>C&amp;oordinates (latitude and longitude)</translation>
    </message>
</context>
<context>
    <name>LookupView</name>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="81"/>
        <source>&amp;Cari warga:</source>
        <translation>Find &amp;citizen:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="82"/>
        <source>nomor tanda terima, nomor LAPOR!, NIK atau telepon</source>
        <translation>receipt number, LAPOR! number, NIK or phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="83"/>
        <source>Cari pengaduan warga</source>
        <translation>Find a citizen&apos;s complaints</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="84"/>
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="85"/>
        <source>Pengaduan warga</source>
        <translation>Citizen&apos;s complaints</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="93"/>
        <source>Ketik nomor tanda terima, nomor LAPOR!, NIK atau nomor telepon yang dibawa warga, lalu tekan Enter.</source>
        <translation>Type the receipt number, LAPOR! number, NIK or phone number the citizen brings, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="119"/>
        <source>{count} pengaduan ditemukan. Enter untuk membuka.</source>
        <translation>{count} complaints found. Enter opens one.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/lookup_view.py" line="127"/>
        <source>Tidak ada pengaduan untuk “{key}” (dicari sebagai nomor tanda terima, nomor LAPOR!, NIK dan nomor telepon).</source>
        <translation>No complaint for “{key}” (searched as receipt number, LAPOR! number, NIK and phone number).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="343"/>
        <source>Isian formulir belum bisa disimpan sebagai draf, jadi belum keluar: {reason}</source>
        <translation>The form could not be saved as a draft, so you are still signed in: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="387"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="396"/>
        <source>lapor-desk — Meja Pengaduan {desk}</source>
        <translation>lapor-desk — Complaint Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="415"/>
        <source>{desk} · membuka database…</source>
        <translation>{desk} · opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="98"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="400"/>
        <location filename="../../ui/shell/window_menus.py" line="99"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="51"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="57"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="63"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="69"/>
        <source>Nomor kertas</source>
        <translation>Paper numbers</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="75"/>
        <source>Akun</source>
        <comment>tab: staff accounts</comment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="81"/>
        <source>Kalender kerja</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/role_tabs.py" line="87"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="401"/>
        <location filename="../../ui/shell/window_menus.py" line="100"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="402"/>
        <source>Warga kembali</source>
        <translation>Returning citizen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="101"/>
        <source>Cari di antrean</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="102"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="104"/>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="103"/>
        <source>Ta&amp;mpilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="106"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="107"/>
        <location filename="../../ui/shell/window_menus.py" line="136"/>
        <source>Tentang lapor-desk</source>
        <translation>About lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="108"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="109"/>
        <source>Pintasan &amp;keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="111"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="112"/>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="113"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="114"/>
        <source>Keluar akun</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="146"/>
        <source>Kode meja: {desk}</source>
        <translation>Desk code: {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="429"/>
        <source>Masuk: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="413"/>
        <source>Meja {desk}</source>
        <translation>Desk {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="419"/>
        <location filename="../../ui/shell/window_menus.py" line="150"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/complaint_actions.py" line="141"/>
        <source>Tanggapan pelapor dicatat.</source>
        <translation>Reporter&apos;s reply recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/complaint_actions.py" line="177"/>
        <source>Dikembalikan supervisor dengan catatan: {note}</source>
        <translation>Returned by a supervisor with a note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/complaint_actions.py" line="191"/>
        <source>{count} pengaduan Anda dikembalikan supervisor: {items}. Buka dari Antrean, perbaiki, lalu catat lagi.</source>
        <translation>{count} of your complaints were returned by a supervisor: {items}. Open them from the Queue, fix them, then record them again.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window_menus.py" line="137"/>
        <source>lapor-desk {version}
Meja pengaduan SP4N-LAPOR! yang tetap bekerja tanpa jaringan.</source>
        <translation>lapor-desk {version}
The SP4N-LAPOR! complaint desk that keeps working without a network.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionPanel</name>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="75"/>
        <source>Pendaftaran meja</source>
        <translation>Desk registration</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="86"/>
        <source>Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja ditolak.</source>
        <translation>The central is already handling this complaint ({status}); the desk&apos;s change was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="120"/>
        <source>Hanya supervisor atau admin.</source>
        <translation>Supervisors and admins only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="135"/>
        <source>Yang perlu dilakukan: admin memasukkan token meja yang baru dari admin pusat.</source>
        <translation>What to do: an admin enters the desk&apos;s new token from the central&apos;s admin.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="137"/>
        <source>Yang perlu dilakukan: {todo}</source>
        <translation>What to do: {todo}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="151"/>
        <source>{count} masalah dari pusat perlu ditangani. Pilih satu, lalu pilih tindakannya.</source>
        <translation>{count} problems from the central need handling. Pick one, then its action.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="156"/>
        <source>Tidak ada pengaduan yang perlu diperbaiki.</source>
        <translation>No complaint needs fixing.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="158"/>
        <source>Buka dan perbaiki</source>
        <translation>Open and fix</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="159"/>
        <source>Kirim ulang sebagai revisi baru</source>
        <translation>Send again as a new revision</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="160"/>
        <source>Kirim sebagai keterangan tambahan…</source>
        <translation>Send as a supplement…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="161"/>
        <source>Batalkan perubahan (pakai versi pusat)…</source>
        <translation>Discard the change (use the central&apos;s version)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="162"/>
        <source>Kirim ulang tanggapan</source>
        <translation>Send the reply again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="163"/>
        <source>Simpan hanya di meja</source>
        <translation>Keep at the desk only</translation>
    </message>
    <message>
        <location filename="../../ui/sync/needs_attention.py" line="164"/>
        <source>Daftarkan ulang meja…</source>
        <translation>Register the desk again…</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="72"/>
        <source>Meja dan kantor</source>
        <translation>Desk and office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="75"/>
        <source>Kode meja dipakai di setiap nomor tanda terima; nama, alamat dan telepon kantor dicetak di kop tanda terima.</source>
        <translation>The desk code is part of every receipt number; the office&apos;s name, address and phone are printed in the receipt&apos;s letterhead.</translation>
    </message>
</context>
<context>
    <name>PaperBlocksView</name>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="48"/>
        <source>Simpan lembar sebagai PDF</source>
        <translation>Save the sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="55"/>
        <source>Batalkan blok #{id}</source>
        <translation>Void block #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="56"/>
        <source>Nomor {first} sampai {last} yang belum terpakai tidak bisa dipakai lagi. Alasan (misalnya: lembar hilang):</source>
        <translation>The unused numbers {first} to {last} can no longer be used. Reason (for example: sheet lost):</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="132"/>
        <source>Nomor tanda terima kertas dipakai bila server kantor tidak terjangkau: petugas menulis satu nomor dan waktunya di tanda terima warga, lalu memasukkan pengaduannya dengan nomor itu setelah server kembali. Pesan satu blok selagi server menyala, cetak lembarnya dan simpan di laci meja.</source>
        <translation>Paper receipt numbers are used when the office server cannot be reached: the clerk writes one number and the time on the citizen&apos;s receipt, then enters the complaint with that number once the server is back. Reserve a block while the server is up, print its sheet and keep it in the desk drawer.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="137"/>
        <source>&amp;Jumlah nomor</source>
        <translation>&amp;Number count</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="138"/>
        <source>Berl&amp;aku (hari)</source>
        <translation>V&amp;alid for (days)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="139"/>
        <source>&amp;Pesan blok</source>
        <translation>&amp;Reserve block</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="140"/>
        <source>&amp;Cetak lembar…</source>
        <translation>&amp;Print sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="141"/>
        <source>Simpan lembar sebagai P&amp;DF…</source>
        <translation>Save sheet as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="142"/>
        <source>Bata&amp;lkan blok…</source>
        <translation>V&amp;oid block…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="144"/>
        <source>Untuk lembar yang hilang: nomor blok ini yang belum terpakai ditolak mulai sekarang.</source>
        <translation>For a lost sheet: this block&apos;s unused numbers are refused from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="147"/>
        <source>Blok</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="147"/>
        <source>Nomor</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="147"/>
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="147"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="147"/>
        <source>Dipesan oleh</source>
        <translation>Reserved by</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="173"/>
        <source>Dibatalkan {at}</source>
        <translation>Voided {at}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="176"/>
        <source>{first} sampai {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="177"/>
        <source>{used} dari {count}</source>
        <translation>{used} of {count}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="186"/>
        <source>Dibatalkan {at} oleh {by}: {reason}</source>
        <translation>Voided {at} by {by}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="216"/>
        <source>Blok #{id} dipesan: {first} sampai {last}. Cetak lembarnya untuk laci meja.</source>
        <translation>Block #{id} reserved: {first} to {last}. Print its sheet for the desk drawer.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="238"/>
        <source>Blok #{id} dibatalkan: {unused} nomor yang belum terpakai ditolak mulai sekarang.</source>
        <translation>Block #{id} voided: its {unused} unused numbers are refused from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="274"/>
        <source>Lembar dikirim ke printer.</source>
        <translation>Sheet sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="301"/>
        <source>Lembar tidak bisa disimpan ke {path}: {reason}</source>
        <translation>The sheet could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/paper_blocks_view.py" line="282"/>
        <source>Lembar disimpan: {path}</source>
        <translation>Sheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="257"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="258"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="259"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="260"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="261"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="262"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="263"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="264"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="265"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="304"/>
        <source>(draf #{id})</source>
        <translation>(draft #{id})</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="307"/>
        <source>Data latihan (tidak dikirim)</source>
        <translation>Training data (not sent)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_model.py" line="300"/>
        <source> (anonim)</source>
        <translation> (anonymous)</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="134"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="135"/>
        <source>No. tanda terima, nomor LAPOR!, NIK, telepon, nama atau kata</source>
        <translation>Receipt no., LAPOR! number, NIK, phone, name or words</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="137"/>
        <source>Cari pengaduan</source>
        <translation>Search complaints</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="138"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="139"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="140"/>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="143"/>
        <source>Semua tenggat</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="145"/>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="146"/>
        <source>Lewat atau ≤ 1 hari kerja lagi</source>
        <translation>Overdue or ≤ 1 working day left</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="151"/>
        <source>Terbaru diterima</source>
        <translation>Newest received</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="153"/>
        <source>Terlama diterima</source>
        <translation>Oldest received</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="154"/>
        <source>Tenggat terdekat</source>
        <translation>Nearest deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="155"/>
        <source>Menurut status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="158"/>
        <source>Urutkan</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="159"/>
        <source>Tenggat berikutnya dihitung dalam hari kerja, menurut kalender meja.</source>
        <translation>The next deadline is counted in working days, by the desk&apos;s calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="160"/>
        <source>Saring status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="161"/>
        <source>Saring jenis</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="162"/>
        <source>Saring kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="163"/>
        <source>Saring tenggat</source>
        <translation>Filter by deadline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="164"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="165"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="166"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="167"/>
        <source>Antrean pengaduan</source>
        <translation>Complaint queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="246"/>
        <source>Ketik kata untuk dicari; tanda baca saja tidak bisa dicari.</source>
        <translation>Type words to search for; punctuation alone cannot be searched.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="251"/>
        <source>{count}{more} pengaduan ditampilkan</source>
        <translation>{count}{more} complaints shown</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="253"/>
        <source>{shown} dari {total} pengaduan ditampilkan</source>
        <translation>{shown} of {total} complaints shown</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="257"/>
        <source>{shown} dari lebih dari {total} pengaduan ditampilkan</source>
        <translation>{shown} of more than {total} complaints shown</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="275"/>
        <source>diterima {start} s.d. {end}</source>
        <translation>received {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="281"/>
        <source>Tidak ada pengaduan yang cocok dengan &quot;{typed}&quot;. Dicari di nomor tanda terima, nomor LAPOR!, NIK, telepon, nama pelapor, serta kata (atau awal kata) dalam judul, isi dan lokasi.</source>
        <translation>No complaint matches &quot;{typed}&quot;. Searched: receipt numbers, LAPOR! numbers, NIK, phone numbers, reporter names, and words (or the start of words) in the title, body and location.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="285"/>
        <source>Tidak ada pengaduan dengan saringan ini.</source>
        <translation>No complaint matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="287"/>
        <source>Belum ada pengaduan. Pengaduan yang dicatat atau diimpor muncul di sini.</source>
        <translation>No complaints yet. Recorded or imported complaints appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_view.py" line="289"/>
        <source>Saringan yang aktif: {filters}.</source>
        <translation>Active filters: {filters}.</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="41"/>
        <source>Simpan tanda terima</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="82"/>
        <source>Tanda terima tidak bisa disimpan ke {path}: {reason}</source>
        <translation>The receipt could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="90"/>
        <source>Tanda terima disimpan: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="103"/>
        <source>Printer tidak ditemukan; tanda terima disimpan sebagai PDF.</source>
        <translation>No printer found; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="115"/>
        <source>Printer tidak siap; tanda terima disimpan sebagai PDF.</source>
        <translation>The printer is not ready; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="122"/>
        <source>Pencetakan gagal; tanda terima disimpan sebagai PDF.</source>
        <translation>Printing failed; the receipt is saved as a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_actions.py" line="125"/>
        <source>Tanda terima dikirim ke printer.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="49"/>
        <source>Daftarkan ulang meja</source>
        <translation>Register the desk again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="52"/>
        <source>Pusat tidak menerima pendaftaran meja ini (token dicabut atau belum terdaftar). Minta token baru untuk kode meja ini kepada admin pusat, lalu tempelkan di sini. Pengaduan yang menunggu tetap tersimpan dan dikirim sesudahnya.</source>
        <translation>The central does not accept this desk&apos;s registration (the token was revoked or never registered). Ask the central&apos;s admin for a new token for this desk code, then paste it here. Waiting complaints stay saved and are sent afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="59"/>
        <source>https://pusat.example/api/v1</source>
        <translation>https://central.example/api/v1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="61"/>
        <source>Alamat pusat</source>
        <translation>Central address</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="64"/>
        <source>Token meja</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="66"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="67"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="72"/>
        <source>&amp;Alamat pusat</source>
        <translation>Central &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="73"/>
        <source>&amp;Token meja</source>
        <translation>Desk &amp;token</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="387"/>
        <source>Daftarkan meja ke pusat</source>
        <translation>Register the desk with the central</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="393"/>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="394"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="20"/>
        <source>Tanggapan pelapor — {receipt}</source>
        <translation>Reporter&apos;s reply — {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="23"/>
        <source>Tanggapan pelapor</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="25"/>
        <source>— tidak dinilai —</source>
        <translation>— not rated —</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="27"/>
        <source>5 — sangat puas</source>
        <translation>5 — very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="28"/>
        <source>4 — puas</source>
        <translation>4 — satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="29"/>
        <source>3 — cukup</source>
        <translation>3 — fair</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="30"/>
        <source>2 — kurang puas</source>
        <translation>2 — dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="31"/>
        <source>1 — tidak puas</source>
        <translation>1 — very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="34"/>
        <source>Nilai kepuasan</source>
        <translation>Satisfaction rating</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="37"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="38"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="42"/>
        <source>&amp;Tanggapan</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../ui/queue/reply_dialog.py" line="43"/>
        <source>&amp;Kepuasan</source>
        <translation>Sa&amp;tisfaction</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="188"/>
        <source>Hanya admin yang dapat menyertakan data pribadi.</source>
        <translation>Only an admin can include personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="190"/>
        <source>PDF hanya berisi angka rekap; daftar pengaduan ada di XLSX dan CSV.</source>
        <translation>The PDF holds the recap figures only; the list of complaints is in XLSX and CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="193"/>
        <source>Berkas akan berisi nama, NIK dan kontak pelapor (UU PDP 27/2022). Simpan hanya di tempat yang aman; ekspor ini dicatat di jejak audit.</source>
        <translation>The file will hold reporters&apos; names, NIKs and contacts (UU PDP 27/2022). Keep it only somewhere safe; this export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="197"/>
        <source>Tanpa data pribadi: nama, NIK dan kontak pelapor tidak ikut.</source>
        <translation>No personal data: reporters&apos; names, NIKs and contacts are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="211"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="212"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="213"/>
        <source>CSV dengan titik koma (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="215"/>
        <source>Simpan rekap bulanan</source>
        <translation>Save monthly recap</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="230"/>
        <source>Menyusun rekap…</source>
        <translation>Preparing the recap…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="267"/>
        <source>Ekspor rekap bulanan</source>
        <translation>Export monthly recap</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="269"/>
        <source>PDF (untuk dicetak)</source>
        <translation>PDF (for printing)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="270"/>
        <source>XLSX (Excel)</source>
        <translation>XLSX (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="271"/>
        <source>CSV (titik koma)</source>
        <translation>CSV (semicolons)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="277"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="278"/>
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="279"/>
        <source>&amp;Simpan ke</source>
        <translation>&amp;Save to</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="280"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="281"/>
        <source>Sertakan &amp;data pribadi</source>
        <translation>Include personal &amp;data</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="282"/>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/report_export.py" line="283"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="250"/>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Reset password for {username}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="252"/>
        <source>Kata sandi sementara ini juga membuka kunci akun. Petugas harus menggantinya saat masuk.</source>
        <translation>This temporary password also unlocks the account. The clerk must change it when signing in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="255"/>
        <source>Kata sandi &amp;sementara</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/account_dialogs.py" line="256"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="109"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="150"/>
        <source>draf #{id}</source>
        <translation>draft #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="166"/>
        <source>{shown} dari {count} pengaduan.</source>
        <translation>{shown} of {count} complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="168"/>
        <source>Tidak ada yang perlu ditinjau di bagian ini.</source>
        <translation>Nothing to review in this section.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="195"/>
        <source>Disetujui: pengaduan ikut dikirim.</source>
        <translation>Approved: the complaint will be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="208"/>
        <source>Kembalikan dengan catatan</source>
        <translation>Return with a note</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="209"/>
        <source>Apa yang perlu diperbaiki petugas? Catatan ini tampil di pengaduannya.</source>
        <translation>What should the clerk fix? This note is shown on the complaint.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="216"/>
        <source>Dikembalikan ke petugas dengan catatan.</source>
        <translation>Returned to the clerk with a note.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="244"/>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="254"/>
        <source>Lewat atau dekat tenggat</source>
        <translation>Overdue or due soon</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="255"/>
        <source>Ditolak server pusat</source>
        <translation>Refused by the central server</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="256"/>
        <source>Draf lebih dari sehari</source>
        <translation>Drafts older than a day</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="257"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="264"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="264"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="264"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="264"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="264"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="266"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="267"/>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="268"/>
        <source>&amp;Kembalikan dengan catatan…</source>
        <translation>&amp;Return with a note…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="269"/>
        <source>Muat lagi</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/review_view.py" line="270"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>SectionBars</name>
    <message>
        <location filename="../../ui/common/sections.py" line="103"/>
        <source>Meja depan</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="104"/>
        <source>Kirim ke pusat</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="105"/>
        <source>Pengawasan</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="106"/>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="128"/>
        <source>Kelompok {title}</source>
        <translation>{title} group</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="130"/>
        <source>Kelompok layar</source>
        <translation>Screen groups</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="142"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="156"/>
        <source>Layar {group}</source>
        <translation>{group} screens</translation>
    </message>
    <message>
        <location filename="../../ui/common/sections.py" line="168"/>
        <source>Kiri/Kanan: pilih di baris ini. Ctrl+Tab / Ctrl+Shift+Tab: layar berikutnya / sebelumnya.</source>
        <translation>Left/Right: choose in this row. Ctrl+Tab / Ctrl+Shift+Tab: next / previous screen.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="153"/>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="177"/>
        <source>{saved} pengaturan disimpan; {refused} ditolak (lihat isian bertanda).</source>
        <translation>{saved} settings saved; {refused} refused (see the marked fields).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="181"/>
        <source>{saved} pengaturan disimpan.</source>
        <translation>{saved} settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="190"/>
        <source>Meja dan kantor</source>
        <translation>Desk and office</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="191"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="192"/>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="193"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="194"/>
        <source>Sinkronisasi dengan pusat</source>
        <translation>Sync with the central</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="195"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="196"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="197"/>
        <source>Tenggat</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="198"/>
        <source>Privasi</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="199"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="200"/>
        <source>Tampilan</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="206"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="212"/>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="213"/>
        <source>Bata&amp;lkan perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_view.py" line="214"/>
        <source>Daftarkan ke &amp;pusat…</source>
        <translation>Register with the &amp;central…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="282"/>
        <source>Penyiapan meja lapor-desk</source>
        <translation>Setting up the lapor-desk desk</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="296"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="297"/>
        <source>&amp;Berikutnya &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="298"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="299"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/setup_wizard.py" line="335"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="86"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="89"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="89"/>
        <source>Fungsi</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="122"/>
        <source>Tab {title}</source>
        <translation>{title} tab</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="124"/>
        <source>Formulir: simpan draf</source>
        <translation>Form: save draft</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="125"/>
        <source>Formulir: catat pengaduan dan terbitkan tanda terima</source>
        <translation>Form: record the complaint and issue a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="126"/>
        <source>Formulir: cetak tanda terima yang baru dicatat</source>
        <translation>Form: print the receipt just recorded</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="127"/>
        <source>Formulir: tambah lampiran</source>
        <translation>Form: add attachments</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="128"/>
        <source>huruf</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="128"/>
        <source>Ke isian atau tombol yang hurufnya bergaris bawah</source>
        <translation>To the field or button whose letter is underlined</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="129"/>
        <source>Isian berikutnya / sebelumnya</source>
        <translation>Next / previous field</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="189"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="201"/>
        <source>Membuka database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="202"/>
        <source>Selamat datang di lapor-desk</source>
        <translation>Welcome to lapor-desk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="203"/>
        <location filename="../../ui/shell/sign_in.py" line="225"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="204"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="207"/>
        <source>Sebentar, meja pengaduan sedang disiapkan.</source>
        <translation>One moment, the complaint desk is getting ready.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="209"/>
        <source>Belum ada akun di meja ini. Buat akun admin pertama; admin lalu membuat akun petugas dan supervisor.</source>
        <translation>This desk has no accounts yet. Create the first admin account; the admin then creates the clerk and supervisor accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="211"/>
        <source>Masuk dengan akun petugas Anda.</source>
        <translation>Sign in with your staff account.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="213"/>
        <source>Sesi {name} terkunci karena lama tidak dipakai. Isian yang belum disimpan tetap ada. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>{name}&apos;s session was locked after a long idle time. Unsaved entries are kept. Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="219"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="220"/>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="221"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="222"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="224"/>
        <source>Buat akun admin</source>
        <translation>Create admin account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="224"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="228"/>
        <source>Masuk sebagai petugas lain</source>
        <translation>Sign in as another user</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="22"/>
        <source>Tambah keterangan — {receipt}</source>
        <translation>Add a supplement — {receipt}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="27"/>
        <source>Keterangan tambahan</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="29"/>
        <source>Kirim ke p&amp;usat</source>
        <translation>Send to the cen&amp;tral</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="30"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/resolve_dialogs.py" line="35"/>
        <source>&amp;Keterangan</source>
        <translation>&amp;Supplement</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="119"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="119"/>
        <source>Kirim antrean ke pusat dan ambil pembaruan (F5)</source>
        <translation>Send the queue to the central and fetch updates (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="124"/>
        <source>Belum terdaftar ke pusat</source>
        <translation>Not registered with the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="123"/>
        <location filename="../../ui/sync/sync_status.py" line="151"/>
        <source>Menunggu: {count}</source>
        <translation>Waiting: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="128"/>
        <source>⚠ Pendaftaran meja perlu diperiksa</source>
        <translation>⚠ Desk registration needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="130"/>
        <source>⟳ Menyinkronkan…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="132"/>
        <source>○ Belum dicek</source>
        <translation>○ Not checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="134"/>
        <source>● Daring</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="136"/>
        <source>○ Luring</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="146"/>
        <source>{count} antre, terlama {age}</source>
        <translation>{count} queued, oldest {age}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="143"/>
        <source>Perlu perhatian: {count}</source>
        <translation>Needs attention: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="153"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="155"/>
        <source>Sinkron terakhir {age}</source>
        <translation>Last sync {age}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="158"/>
        <source>berkas: {sent} terkirim, {left} lagi</source>
        <translation>files: {sent} sent, {left} to go</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="165"/>
        <source>⚠ Jam selisih {minutes} menit</source>
        <translation>⚠ Clock off by {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="167"/>
        <source>Jam komputer {minutes} menit lebih cepat dari pusat</source>
        <translation>Computer clock {minutes} minutes ahead of the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="169"/>
        <source>Jam komputer {minutes} menit lebih lambat dari pusat</source>
        <translation>Computer clock {minutes} minutes behind the central</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="182"/>
        <source>⚠ Pusat dipulihkan/diganti: {requeued} dikirim ulang, {retracked} nomor LAPOR! baru</source>
        <translation>⚠ Central restored/replaced: {requeued} sent again, {retracked} new LAPOR! numbers</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="188"/>
        <source>Basis data pusat berganti. {checked} pengaduan diperiksa: {confirmed} cocok, {requeued} hilang di pusat dan dikirim ulang (nomor LAPOR! lamanya tidak dipakai lagi), {retracked} mendapat nomor LAPOR! baru, {resent} dilengkapi lagi.</source>
        <translation>The central&apos;s database changed. {checked} complaints checked: {confirmed} matched, {requeued} lost at the central and sent again (their old LAPOR! numbers are no longer used), {retracked} got a new LAPOR! number, {resent} completed again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="201"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="204"/>
        <source>{n} menit</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="206"/>
        <source>{n} jam</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="207"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="209"/>
        <source>{n} menit lalu</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="211"/>
        <source>{n} jam lalu</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status.py" line="212"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="258"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="259"/>
        <source>Riwayat kirim</source>
        <translation>Sending history</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="279"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="312"/>
        <source>Tanggapan ini tidak akan dikirim ke pusat dan hanya tersimpan di meja. Lanjutkan?</source>
        <translation>This reply will not be sent to the central and stays at the desk only. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="317"/>
        <source>Perubahan yang ditolak pusat dibuang dan isi versi pusat dipakai lagi. Lanjutkan?</source>
        <translation>The change the central refused is discarded and the central&apos;s content is used again. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="338"/>
        <source>Perubahan dikirim ke pusat sebagai keterangan tambahan, lalu isi pengaduan kembali ke versi pusat.</source>
        <translation>The change goes to the central as a supplement, then the complaint&apos;s content returns to the central&apos;s version.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="357"/>
        <source>Keterangan tambahan untuk pengaduan yang sudah diproses pusat dikirim ke pusat sebagai tanggapan.</source>
        <translation>A supplement to a complaint the central is handling goes to the central as a reply.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_controller.py" line="365"/>
        <source>Keterangan tambahan dicatat; dikirim ke pusat pada sinkron berikutnya.</source>
        <translation>Supplement recorded; it goes to the central with the next sync.</translation>
    </message>
</context>
<context>
    <name>TabKeys</name>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="63"/>
        <source>Layar berikutnya</source>
        <translation>Next screen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/keyboard.py" line="64"/>
        <source>Layar sebelumnya</source>
        <translation>Previous screen</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/common/tasks.py" line="164"/>
        <source>kesalahan tak terduga ({kind}); rinciannya ada di log.</source>
        <translation>an unexpected error ({kind}); the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/common/tasks.py" line="165"/>
        <source>Pekerjaan di latar belakang gagal: {reason}</source>
        <translation>A background task failed: {reason}</translation>
    </message>
</context>
<context>
    <name>Tristate</name>
    <message>
        <location filename="../../ui/intake/editors.py" line="213"/>
        <source>Belum ditanya</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="214"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/intake/editors.py" line="215"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
</TS>
