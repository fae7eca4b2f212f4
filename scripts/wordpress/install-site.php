<?php
/**
 * Installs WordPress on the test site started by scripts/wordpress/server.mjs, as its web installer
 * would, and adds one user per role the tests sign in as. Run with PHP's command line by
 * server.mjs, which passes the site as JSON in OPICESCR_SITE. It must only ever touch that site.
 */

$site = json_decode( getenv( 'OPICESCR_SITE' ), true );
if ( ! $site ) {
	fwrite( STDERR, "OPICESCR_SITE is not set\n" );
	exit( 1 );
}
// Debian's wp-config.php picks the site's config from WORDPRESS_CONFIG and reads HTTP_HOST.
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . $site['port'];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'OP-ICESCR widgets test site', 'admin', 'admin@example.org', false, '', $site['password'] );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}

foreach ( $site['users'] as $user ) {
	if ( 'administrator' === $user['role'] ) {
		continue;
	}
	$id = wp_insert_user(
		array(
			'user_login' => $user['login'],
			'user_pass'  => $site['password'],
			'user_email' => $user['login'] . '@example.org',
			'role'       => $user['role'],
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
}

// The block editor greets every new user with a guide in a modal; the tests are not new users.
foreach ( get_users( array( 'fields' => 'ID' ) ) as $id ) {
	update_user_meta(
		$id,
		$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
}

echo "installed\n";
