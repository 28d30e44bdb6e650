package io.memberpulse.support.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The private key our token endpoint signs with, read from a PEM file. In the embedded mode the key pair is
 * generated into the data folder on first start, so nothing secret is ever committed; in production the operator
 * provides the file (or none, when an outside identity provider issues the tokens).
 */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.signing-key.location")
    Optional<String> privateKeyLocation;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.public-key.file")
    Optional<String> publicKeyFile;

    @Inject
    @ConfigProperty(name = "memberpulse.jwt.generate-keys", defaultValue = "false")
    boolean generate;

    private volatile PrivateKey key;
    private volatile String keyId = "none";

    /** Creates the key pair if this is the embedded mode and there is none yet. */
    public synchronized void ensureExists() {
        if (!generate || privateKeyLocation.isEmpty() || publicKeyFile.isEmpty()) {
            return;
        }
        Path privatePem = Path.of(privateKeyLocation.get());
        if (Files.exists(privatePem)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privatePem.toAbsolutePath().getParent());
            Path publicPem = Path.of(publicKeyFile.get());
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("Could not restrict the permissions of " + privatePem);
            }
            LOG.info(() -> "Generated the embedded token signing key pair in " + privatePem.getParent());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot generate the token signing key in " + privatePem, e);
        }
    }

    public Optional<PrivateKey> privateKey() {
        if (key == null && privateKeyLocation.isPresent() && Files.exists(Path.of(privateKeyLocation.get()))) {
            load(Path.of(privateKeyLocation.get()));
        }
        return Optional.ofNullable(key);
    }

    public String keyId() {
        return keyId;
    }

    private synchronized void load(Path file) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(file)
                    .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").trim());
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("memberpulse.jwt.signing-key.location does not hold a PKCS#8 RSA key: "
                    + file, e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
